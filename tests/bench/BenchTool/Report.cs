using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentApi.Bench;

/// <summary>
/// Turns a run's phases into a markdown table (tests/bench/results/latest.md and &lt;label&gt;.md), a JSON summary per
/// dataset size, and the README's section between <c>&lt;!-- bench:start --&gt;</c> and <c>&lt;!-- bench:end --&gt;</c>.
/// </summary>
public static partial class Report
{
    private const string Start = "<!-- bench:start -->";
    private const string End = "<!-- bench:end -->";
    private static readonly string[] Phases = ["uncached", "cached"];

    public static async Task<int> RunAsync(string work, string label, string results, string readme)
    {
        var plan = await Files.ReadAsync<Plan>(Path.Combine(work, "plan.json"));
        var phases = new Dictionary<string, PhaseResult>();
        foreach (var phase in Phases.Where(phase => File.Exists(Path.Combine(work, $"phase-{phase}.json"))))
        {
            phases[phase] = await Files.ReadAsync<PhaseResult>(Path.Combine(work, $"phase-{phase}.json"));
        }

        var rows = plan.Scenarios.Select(scenario => new SummaryRow(scenario.Key, scenario.Name, scenario.Unavailable,
            Stats(phases, "uncached", scenario.Key), Stats(phases, "cached", scenario.Key))).ToList();
        var load = string.Join(", ", phases.Values.Select(phase => $"{phase.Phase} {phase.LoadBefore:0.0} → {phase.LoadAfter:0.0}"));
        var summary = new Summary(label, DateTime.UtcNow, Environment.GetEnvironmentVariable("BENCH_COMMIT") ?? "unknown",
            Environment.GetEnvironmentVariable("BENCH_SETTINGS") ?? "", load, SeedSeconds(Path.Combine(work, "seed.log")),
            phases.Values.Select(phase => phase.ProcessPeakKilobytes).DefaultIfEmpty(0).Max(), rows);
        await Files.WriteAsync(Path.Combine(results, $"{label}.json"), summary);

        var other = label == "1m" ? "10k" : "1m";
        var otherSummary = File.Exists(Path.Combine(results, $"{other}.json")) ? await Files.ReadAsync<Summary>(Path.Combine(results, $"{other}.json")) : null;
        // The 1M seed time also counts when only the dataset was built (run.sh keeps each size's seed log in results).
        var millionSeed = label == "1m" ? summary.SeedSeconds : otherSummary?.SeedSeconds ?? SeedSeconds(Path.Combine(results, "seed-1m.log"));
        var markdown = Markdown(summary, plan, label == "1m" ? (otherSummary, summary) : (summary, otherSummary), millionSeed, await SeedLogAsync(work));
        await File.WriteAllTextAsync(Path.Combine(results, $"{label}.md"), markdown);
        await File.WriteAllTextAsync(Path.Combine(results, "latest.md"), markdown);
        await UpdateReadmeAsync(readme, markdown);
        Console.WriteLine(markdown);
        return 0;
    }

    private static PhaseStats? Stats(Dictionary<string, PhaseResult> phases, string phase, string key) =>
        phases.TryGetValue(phase, out var result) ? PhaseStats.Of(result.Samples.Where(sample => sample.Scenario == key)) : null;

    private static string Markdown(Summary run, Plan plan, (Summary? Small, Summary? Large) sizes, double? millionSeed, string? seedLog)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"#### {run.Label} articles — {run.At:yyyy-MM-dd HH:mm} UTC, commit {run.Commit}");
        text.AppendLine();
        text.AppendLine(culture, $"{Machine()}; {run.Settings}. Medians over the rounds; ratios against the references measured in the same phase.");
        text.AppendLine(culture, $"Load average (1 min) at the start and end of each phase: {run.Load}.");
        if (run.SeedSeconds is { } seed)
        {
            text.AppendLine(culture, $"Dataset generated in {seed:0} s (`seed`, search vectors and indexes included).");
        }

        text.AppendLine();
        text.AppendLine("| scenario | uncached req/s | p50 ms | p99 ms | × R1 | × R0 | SQL/req | cached req/s | p50 ms | p99 ms | × R0 | peak RSS MB | non-2xx / errors | bytes |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in run.Rows)
        {
            if (row.Unavailable is not null)
            {
                text.AppendLine(culture, $"| {row.Name} | {row.Unavailable} | | | | | | | | | | | | |");
                continue;
            }

            var (u, c) = (row.Uncached, row.Cached);
            var r1 = row.Key switch { "newest" => "r1-newest", "slug" => "r1-slug", _ => null };
            text.AppendLine(culture, $"| {row.Name} | {Rate(u)} | {Ms(u?.P50Milliseconds)} | {Ms(u?.P99Milliseconds)} | " +
                $"{Ratio(u, r1 is null ? null : run.Row(r1)?.Uncached)} | {Ratio(u, run.Row("r0")?.Uncached)} | {u?.SqlPerRequest?.ToString("0.00", culture) ?? ""} | " +
                $"{Rate(c)} | {Ms(c?.P50Milliseconds)} | {Ms(c?.P99Milliseconds)} | {Ratio(c, run.Row("r0")?.Cached)} | " +
                $"{Math.Max(u?.PeakRssKilobytes ?? 0, c?.PeakRssKilobytes ?? 0) / 1024} | {(u?.Non2xx ?? 0) + (c?.Non2xx ?? 0)} / {(u?.Errors ?? 0) + (c?.Errors ?? 0)} | " +
                $"{u?.BytesPerResponse ?? c?.BytesPerResponse ?? 0:N0} |");
        }

        text.AppendLine();
        text.AppendLine(culture, $"Server peak RSS (VmHWM) over the run: {run.ServerPeakKilobytes / 1024} MB. Scenario 4 and R1-by-slug pick from {plan.Slugs:N0} slugs.");
        text.AppendLine();
        text.Append(Targets.Check(run, sizes, millionSeed));
        if (seedLog is not null)
        {
            text.AppendLine();
            text.AppendLine("<details><summary>dataset generation log</summary>");
            text.AppendLine();
            text.AppendLine("```");
            text.AppendLine(seedLog.Trim());
            text.AppendLine("```");
            text.AppendLine("</details>");
        }

        return text.ToString();
    }

    private static string Rate(PhaseStats? stats) => stats is null ? "" : stats.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ms(double? value) => value is null || double.IsNaN(value.Value) ? "" : value.Value <= 0 ? "—" :
        value.Value.ToString(value.Value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    private static string Ratio(PhaseStats? value, PhaseStats? reference) =>
        value is null || reference is null || reference.RequestsPerSecond <= 0 ? "" :
        (value.RequestsPerSecond / reference.RequestsPerSecond).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(line => line.StartsWith("MemTotal", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var gigabytes = memory is null ? "" : $", {long.Parse(memory.Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0 / 1024:0.0} GB";
        return $"{Environment.ProcessorCount} cores{(cpu is null ? "" : $" ({cpu})")}{gigabytes}";
    }

    private static double? SeedSeconds(string log) =>
        File.Exists(log) && SeedDone().Match(File.ReadAllText(log)) is { Success: true } done
            ? double.Parse(done.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static async Task<string?> SeedLogAsync(string work)
    {
        // The generator's own lines; the embedded server's start/stop messages say nothing about the dataset.
        var log = Path.Combine(work, "seed.log");
        return File.Exists(log)
            ? string.Join('\n', (await File.ReadAllLinesAsync(log)).Where(line => !line.StartsWith("info:", StringComparison.Ordinal)))
            : null;
    }

    private static async Task UpdateReadmeAsync(string readme, string markdown)
    {
        var text = await File.ReadAllTextAsync(readme);
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            Console.WriteLine($"  {readme} has no {Start} … {End} section; not updated.");
            return;
        }

        await File.WriteAllTextAsync(readme, text[..(start + Start.Length)] + "\n" + markdown.TrimEnd() + "\n" + text[end..]);
    }

    [GeneratedRegex(@"Done: .* in ([\d.]+) s\.")]
    private static partial Regex SeedDone();
}
