namespace ContentApi.Bench;

/// <summary>One scenario's medians over the rounds of a phase.</summary>
public sealed record PhaseStats(
    double RequestsPerSecond,
    double P50Milliseconds,
    double P99Milliseconds,
    double? SqlPerRequest,
    long PeakRssKilobytes,
    long Non2xx,
    long Errors,
    long BytesPerResponse)
{
    public static PhaseStats? Of(IEnumerable<Sample> samples)
    {
        var list = samples.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var sql = list.Where(sample => sample.SqlPerRequest is not null).Select(sample => sample.SqlPerRequest!.Value).ToList();
        return new PhaseStats(
            Median(list.Select(sample => sample.RequestsPerSecond)),
            Median(list.Select(sample => sample.P50Milliseconds)),
            Median(list.Select(sample => sample.P99Milliseconds)),
            sql.Count > 0 ? Median(sql) : null,
            list.Max(sample => sample.PeakRssKilobytes),
            list.Sum(sample => sample.Non2xx),
            list.Sum(sample => sample.SocketErrors),
            (long)Median(list.Select(sample => (double)sample.BytesPerResponse)));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

public sealed record SummaryRow(string Key, string Name, string? Unavailable, PhaseStats? Uncached, PhaseStats? Cached);

/// <summary>A run's results, kept per dataset size (results/10k.json, results/1m.json) for the cross-size targets.</summary>
public sealed record Summary(
    string Label,
    DateTime At,
    string Commit,
    string Settings,
    string Load,
    double? SeedSeconds,
    long ServerPeakKilobytes,
    List<SummaryRow> Rows)
{
    public SummaryRow? Row(string key) => Rows.FirstOrDefault(row => row.Key == key);
}
