using System.Globalization;
using System.Text;

namespace ContentApi.Bench;

/// <summary>The issue's targets, each checked against this run (and, for the size ratios, the other size's last run).</summary>
public static class Targets
{
    private const double MaxRssMegabytes = 400;

    public static string Check(Summary run, (Summary? Small, Summary? Large) sizes, double? millionSeedSeconds)
    {
        var lines = new List<(string Target, string Measured, bool? Met)>
        {
            RatioTarget(run, "cached newest 20 ≥ 0.7 × R0", "newest", cached: true, "r0", 0.7),
            RatioTarget(run, "cached article by slug ≥ 0.7 × R0", "slug", cached: true, "r0", 0.7),
            RatioTarget(run, "uncached article by slug ≥ 0.75 × R1", "slug", cached: false, "r1-slug", 0.75),
            RatioTarget(run, "uncached newest 20 ≥ 0.75 × R1", "newest", cached: false, "r1-newest", 0.75),
            SqlTarget(run),
            LatencyRatio("cursor page 5,000 p50 ≤ 1.3 × page 1 p50", run.Row("cursor-deep")?.Uncached, run.Row("newest")?.Uncached, 1.3),
            SizeTarget("newest 20 p50 at 1M ≤ 1.5 × at 10k", "newest", sizes),
            SizeTarget("one tag p50 at 1M ≤ 1.5 × at 10k", "tag", sizes),
            Bound(run, "search p50 ≤ 50 ms at 1M", ["search-common", "search-rare"], 50),
            Bound(run, "facets + totals p50 ≤ 100 ms at 1M", ["facets-page"], 100),
            RssTarget(run),
            ErrorTarget(run),
            SeedTarget(millionSeedSeconds),
        };

        var text = new StringBuilder("| target | measured | met |\n| --- | --- | :---: |\n");
        foreach (var (target, measured, met) in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {target} | {measured} | {met switch { true => "yes", false => "**no**", null => "—" }} |\n");
        }

        return text.ToString();
    }

    private static (string, string, bool?) RatioTarget(Summary run, string name, string key, bool cached, string reference, double minimum)
    {
        var value = Pick(run.Row(key), cached);
        var against = Pick(run.Row(reference), cached);
        if (value is null || against is null || against.RequestsPerSecond <= 0)
        {
            return (name, "not measured", null);
        }

        var ratio = value.RequestsPerSecond / against.RequestsPerSecond;
        return (name, $"{ratio:0.00} ({value.RequestsPerSecond:N0} vs {against.RequestsPerSecond:N0} req/s)", ratio >= minimum);
    }

    private static (string, string, bool?) SqlTarget(Summary run)
    {
        var reads = run.Rows.Where(row => !row.Key.StartsWith('r') || row.Key is "related" or "rss")
            .Where(row => row.Uncached?.SqlPerRequest is not null).ToList();
        if (reads.Count == 0)
        {
            return ("SQL statements per read ≤ 2", "not measured", null);
        }

        var worst = reads.MaxBy(row => row.Uncached!.SqlPerRequest)!;
        return ("SQL statements per read ≤ 2", $"max {worst.Uncached!.SqlPerRequest:0.00} ({worst.Name})", worst.Uncached.SqlPerRequest <= 2.05);
    }

    private static (string, string, bool?) LatencyRatio(string name, PhaseStats? value, PhaseStats? baseline, double maximum)
    {
        if (value is null || baseline is null || baseline.P50Milliseconds <= 0)
        {
            return (name, "not measured", null);
        }

        var ratio = value.P50Milliseconds / baseline.P50Milliseconds;
        return (name, $"{ratio:0.00} ({value.P50Milliseconds:0.0} vs {baseline.P50Milliseconds:0.0} ms)", ratio <= maximum);
    }

    private static (string, string, bool?) SizeTarget(string name, string key, (Summary? Small, Summary? Large) sizes)
    {
        if (sizes.Small is null || sizes.Large is null)
        {
            return (name, "needs a 10k and a 1m run", null);
        }

        return LatencyRatio(name, sizes.Large.Row(key)?.Uncached, sizes.Small.Row(key)?.Uncached, 1.5);
    }

    private static (string, string, bool?) Bound(Summary run, string name, string[] keys, double maximumMilliseconds)
    {
        var measured = keys.Select(key => run.Row(key)?.Uncached).Where(stats => stats is not null).ToList();
        if (measured.Count == 0)
        {
            return (name, "not measured", null);
        }

        var atScale = run.Label == "1m";
        if (measured.Any(stats => stats!.RequestsPerSecond <= 0))
        {
            // wrk reports no latency when not one request finished within the run: slower than the run, not 0 ms.
            return (name, $"no request completed within a run (uncached){(atScale ? "" : $", at {run.Label}")}", atScale ? false : null);
        }

        var worst = measured.Max(stats => stats!.P50Milliseconds);
        return (name, $"{worst:0.0} ms (uncached){(atScale ? "" : $", at {run.Label}")}", atScale ? worst <= maximumMilliseconds : null);
    }

    private static (string, string, bool?) RssTarget(Summary run)
    {
        var megabytes = run.ServerPeakKilobytes / 1024.0;
        return ($"API peak RSS ≤ {MaxRssMegabytes:0} MB", $"{megabytes:0} MB", megabytes <= MaxRssMegabytes);
    }

    private static (string, string, bool?) ErrorTarget(Summary run)
    {
        var phases = run.Rows.Where(row => row.Unavailable is null).SelectMany(row => new[] { row.Uncached, row.Cached }).OfType<PhaseStats>().ToList();
        var non2xx = phases.Sum(stats => stats.Non2xx);
        var errors = phases.Sum(stats => stats.Errors);
        // A scenario where not one request completed shows no errors in wrk's summary, but it failed all the same.
        var stalled = run.Rows.Where(row => row.Unavailable is null)
            .SelectMany(row => new[] { row.Uncached, row.Cached }.OfType<PhaseStats>().Where(stats => stats.RequestsPerSecond <= 0).Select(_ => row.Name))
            .Distinct().ToList();
        var unavailable = run.Rows.Count(row => row.Unavailable is not null);
        return ("zero errors, zero non-2xx", $"{non2xx} non-2xx, {errors} socket errors" +
            (stalled.Count > 0 ? $"; no request completed in: {string.Join(", ", stalled)}" : "") +
            (unavailable > 0 ? $"; {unavailable} scenario(s) unmeasurable" : ""),
            non2xx == 0 && errors == 0 && stalled.Count == 0 && unavailable == 0);
    }

    private static (string, string, bool?) SeedTarget(double? millionSeedSeconds) => millionSeedSeconds is { } seconds
        ? ("1M dataset built in ≤ 5 minutes", $"{seconds / 60:0.0} min", seconds <= 300)
        : ("1M dataset built in ≤ 5 minutes", "needs a 1m seed", null);

    private static PhaseStats? Pick(SummaryRow? row, bool cached) => cached ? row?.Cached : row?.Uncached;
}
