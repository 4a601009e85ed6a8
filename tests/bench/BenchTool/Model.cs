using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContentApi.Bench;

/// <summary>One thing wrk drives: a fixed path, or random paths from a file (one per line).</summary>
public sealed record Scenario(string Key, string Name, string? Path, string? PathsFile, string? Unavailable, string? Note = null)
{
    [JsonIgnore]
    public bool IsReference => Key.StartsWith('r');
}

/// <summary>What discovery found: the scenarios with their URLs, or why one cannot run on this build.</summary>
public sealed record Plan(long PublishedSeen, int Slugs, int CursorDepthPages, List<Scenario> Scenarios);

/// <summary>One wrk run of one scenario.</summary>
public sealed record Sample(
    string Scenario,
    int Round,
    double RequestsPerSecond,
    double P50Milliseconds,
    double P99Milliseconds,
    long Requests,
    long Non2xx,
    long SocketErrors,
    double? SqlPerRequest,
    long PeakRssKilobytes,
    long BytesPerResponse);

/// <summary>A phase: the API started once, with the output cache off (uncached) or on (cached).</summary>
public sealed record PhaseResult(string Phase, DateTime StartedAt, long ProcessPeakKilobytes, List<Sample> Samples, double LoadBefore, double LoadAfter);

public static class Files
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task WriteAsync<T>(string path, T value) =>
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(value, Json));

    public static async Task<T> ReadAsync<T>(string path) =>
        JsonSerializer.Deserialize<T>(await File.ReadAllTextAsync(path), Json) ?? throw new InvalidDataException($"{path} is empty.");
}
