using System.Diagnostics;
using System.Net.Http.Json;

namespace ContentApi.Bench;

/// <summary>
/// One phase: a warm-up of every scenario, then interleaved rounds (every scenario once per round, the order rotated
/// each round so none always runs first or after the heaviest). Around each wrk run it reads the server's request and
/// command counters and samples the server's resident memory.
/// </summary>
public static class Measurement
{
    public static async Task<int> RunAsync(Uri baseUrl, string work, string phase, int rounds, string duration, string warmup)
    {
        var plan = await Files.ReadAsync<Plan>(Path.Combine(work, "plan.json"));
        var runnable = plan.Scenarios.Where(scenario => scenario.Unavailable is null).ToList();
        using var http = new HttpClient { BaseAddress = baseUrl };
        var processId = (await StatsAsync(http)).ProcessId;
        var rawLog = Path.Combine(work, $"wrk-{phase}.raw");
        var started = DateTime.UtcNow;
        var startLoad = LoadAverage();

        if (phase == "cached")
        {
            // A cached scenario over many URLs (article by slug: 10,000) measures cache hits only once each URL was
            // asked for: a few seconds of random warm-up leaves a sixth of them cold. Only the slugs: R1 is never
            // cached, and priming 10,000 related URLs at 1M takes longer than the slugs' 300 s cache lifetime.
            foreach (var scenario in runnable.Where(scenario => scenario.Key == "slug" && scenario.PathsFile is not null))
            {
                var paths = await File.ReadAllLinesAsync(scenario.PathsFile!);
                Console.WriteLine($"  priming the cache: {scenario.Name} ({paths.Length:N0} URLs)");
                await Parallel.ForEachAsync(paths.Where(path => path.Length > 0), new ParallelOptions { MaxDegreeOfParallelism = 8 },
                    async (path, cancellationToken) => (await http.GetAsync(path, cancellationToken)).Dispose());
            }
        }

        Console.WriteLine($"  warm-up: {runnable.Count} scenarios x {warmup}");
        foreach (var scenario in runnable)
        {
            await Wrk.RunAsync(baseUrl, scenario, warmup, rawLog);
        }

        var samples = new List<Sample>();
        for (var round = 1; round <= rounds; round++)
        {
            var order = runnable.Skip((round - 1) % runnable.Count).Concat(runnable.Take((round - 1) % runnable.Count));
            foreach (var scenario in order)
            {
                var before = await StatsAsync(http);
                using var memory = new MemorySampler(processId);
                var result = await Wrk.RunAsync(baseUrl, scenario, duration, rawLog);
                var peak = memory.Stop();
                var after = await StatsAsync(http);
                var requests = after.Requests - before.Requests;
                var sample = new Sample(scenario.Key, round, result.RequestsPerSecond, result.P50Milliseconds, result.P99Milliseconds,
                    result.Requests, result.Non2xx, result.SocketErrors,
                    requests > 0 ? Math.Round((after.Commands - before.Commands) / (double)requests, 2) : null,
                    peak, result.Requests > 0 ? result.BytesRead / result.Requests : 0);
                samples.Add(sample);
                Console.WriteLine($"  [{phase} {round}/{rounds}] {scenario.Name,-48} {sample.RequestsPerSecond,9:N0} req/s  p50 {sample.P50Milliseconds,8:0.00} ms  " +
                    $"p99 {sample.P99Milliseconds,8:0.00} ms  sql/req {sample.SqlPerRequest,5:0.00}  rss {peak / 1024,4} MB" +
                    (sample.Non2xx + sample.SocketErrors > 0 ? $"  non-2xx {sample.Non2xx} errors {sample.SocketErrors}" : ""));
            }
        }

        await Files.WriteAsync(Path.Combine(work, $"phase-{phase}.json"),
            new PhaseResult(phase, started, MemorySampler.PeakOf(processId), samples, startLoad, LoadAverage()));
        return 0;
    }

    /// <summary>The one-minute load average: on a shared machine, how much else was running.</summary>
    private static double LoadAverage() => File.Exists("/proc/loadavg")
        ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)
        : double.NaN;

    private static async Task<Stats> StatsAsync(HttpClient http) =>
        await http.GetFromJsonAsync<Stats>("/bench/stats", Files.Json) ?? throw new InvalidOperationException("No /bench/stats.");

    private sealed record Stats(long Requests, long Commands, int ProcessId);

    /// <summary>The largest VmRSS seen while a run lasts, sampled every 100 ms (VmHWM only ever grows).</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task<long> _sampling;

        public MemorySampler(int processId) => _sampling = Task.Run(async () =>
        {
            var peak = 0L;
            while (!_stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, Read(processId, "VmRSS:"));
                try
                {
                    await Task.Delay(100, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            return Math.Max(peak, Read(processId, "VmRSS:"));
        });

        public static long PeakOf(int processId) => Read(processId, "VmHWM:");

        public long Stop()
        {
            _stop.Cancel();
            return _sampling.GetAwaiter().GetResult();
        }

        public void Dispose() => _stop.Dispose();

        private static long Read(int processId, string field)
        {
            try
            {
                var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(text => text.StartsWith(field, StringComparison.Ordinal));
                return line is null ? 0 : long.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                return 0;
            }
        }
    }
}

/// <summary>Runs wrk (-t1 -c32, --latency) and reads its summary.</summary>
public static class Wrk
{
    public sealed record Result(double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, long Requests, long Non2xx, long SocketErrors, long BytesRead);

    public static async Task<Result> RunAsync(Uri baseUrl, Scenario scenario, string duration, string rawLog)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-t1", "-c32", "-d" + duration, "--timeout", "10s", "--latency"])
        {
            start.ArgumentList.Add(argument);
        }

        if (scenario.PathsFile is not null)
        {
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "random-path.lua"));
            start.Environment["BENCH_PATHS"] = scenario.PathsFile;
        }

        start.ArgumentList.Add(new Uri(baseUrl, scenario.Path ?? "/").ToString());
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await File.AppendAllTextAsync(rawLog, $"### {scenario.Key} {DateTime.UtcNow:O}\n{output}{errors}\n");
        return process.ExitCode == 0 ? WrkOutput.Parse(output) : throw new InvalidOperationException($"wrk failed: {errors}");
    }
}
