using System.Globalization;
using System.Text.RegularExpressions;

namespace ContentApi.Bench;

/// <summary>Reads wrk's text summary: throughput, the --latency percentiles, errors and non-2xx/3xx answers.</summary>
public static partial class WrkOutput
{
    public static Wrk.Result Parse(string output)
    {
        var requests = Match(RequestsLine(), output) is { } total ? long.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var bytes = Match(RequestsLine(), output) is { } read ? Size(read.Groups[2].Value) : 0;
        var socketErrors = Match(SocketErrors(), output) is { } socket
            ? Enumerable.Range(1, 4).Sum(group => long.Parse(socket.Groups[group].Value, CultureInfo.InvariantCulture)) : 0;
        var non2xx = Match(Non2xx(), output) is { } non ? long.Parse(non.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new Wrk.Result(
            Match(RequestsPerSecond(), output) is { } rate ? double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            Percentile(output, "50%"), Percentile(output, "99%"), requests, non2xx, socketErrors, bytes);
    }

    private static double Percentile(string output, string percentile)
    {
        var line = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!line.Success)
        {
            return double.NaN;
        }

        var value = double.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture);
        return line.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    private static long Size(string text)
    {
        var match = Regex.Match(text, @"([\d.]+)(B|KB|MB|GB)");
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return (long)(value * match.Groups[2].Value switch { "KB" => 1024, "MB" => 1024 * 1024, "GB" => 1024.0 * 1024 * 1024, _ => 1 });
    }

    private static Match? Match(Regex regex, string output) => regex.Match(output) is { Success: true } match ? match : null;

    [GeneratedRegex(@"(\d+) requests in [\d.]+\w+, ([\d.]+\w+) read")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();
}
