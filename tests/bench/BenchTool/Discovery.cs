using System.Net;
using System.Text.Json;

namespace ContentApi.Bench;

/// <summary>
/// Finds, through the API itself, what the scenarios need (popular tags, 10,000 slugs, a cursor 5,000 pages deep) and
/// checks each scenario's feature exists on this build: a missing route or an ignored parameter makes the scenario
/// "n/a" instead of measuring something else under its name.
/// </summary>
public static class Discovery
{
    public const string CommonWord = "police";

    /// <summary>The dataset generator's rare words (Data/Dataset/WordBanks.cs), each in about 1 article in 10,000.</summary>
    private static readonly string[] RareWords = ["huallaga", "tocache", "quillabamba", "catatumbo", "mosquitia"];

    private const int SlugTarget = 10_000;
    private const int CursorDepthItems = 100_000;
    private const string Articles = "/api/v1/articles";

    public static async Task<int> RunAsync(Uri baseUrl, string work)
    {
        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        var newest = await GetJsonAsync(http, $"{Articles}?limit=100") ?? throw new InvalidOperationException("The newest articles could not be read.");
        var cards = newest.RootElement.GetProperty("data").EnumerateArray().Select(Card.From).ToList();
        var (tag, otherTag, type) = PopularFilters(cards);

        var (slugs, deepCursor, depthItems) = await WalkAsync(http);
        var slugFile = Path.Combine(work, "slug-paths.txt");
        var rawSlugFile = Path.Combine(work, "r1-slug-paths.txt");
        var relatedFile = Path.Combine(work, "related-paths.txt");
        await File.WriteAllLinesAsync(slugFile, slugs.Select(slug => $"{Articles}/{slug}"));
        await File.WriteAllLinesAsync(rawSlugFile, slugs.Select(slug => $"/bench/r1/articles/{slug}"));
        await File.WriteAllLinesAsync(relatedFile, slugs.Select(slug => $"{Articles}/{slug}/related?limit=5"));

        var rare = await FirstFoundAsync(http, RareWords) ?? RareWords[0];
        var scenarios = new List<Scenario>
        {
            new("r0", "R0: pre-serialized bytes (newest-20 size)", "/bench/r0", null, null),
            new("r1-newest", "R1: raw Npgsql, newest 20", "/bench/r1/articles", null, null),
            new("r1-slug", "R1: raw Npgsql, article by slug", null, rawSlugFile, null),
            new("newest", "1. newest 20 cards", $"{Articles}?limit=20", null, null),
            await FilteredAsync(http, "tag", "2. one tag, newest 20", $"{Articles}?tag={tag}&limit=20", card => card.Tags.Contains(tag)),
            await FilteredAsync(http, "tag-and-type", "3. tag AND tag + type", $"{Articles}?tag={tag},{otherTag}&type={type}&limit=20",
                card => card.Tags.Contains(tag) && card.Tags.Contains(otherTag) && card.Type == type),
            new("slug", "4. article by slug (random of " + slugs.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + ")", null, slugFile, null),
            deepCursor is null
                ? new("cursor-deep", "5. cursor page 5,000 deep", null, null, "n/a (no nextCursor yet)")
                : new("cursor-deep", $"5. cursor page {depthItems / 20 + 1:N0} deep", $"{Articles}?limit=20&cursor={Uri.EscapeDataString(deepCursor)}", null, null),
            await SearchAsync(http, "search-common", $"6a. search, common word ({CommonWord})", CommonWord),
            await SearchAsync(http, "search-rare", $"6b. search, rare word ({rare})", rare),
            await RouteAsync(http, "related", "7. related", slugs.Count > 0 ? $"{Articles}/{slugs[0]}/related?limit=5" : null, relatedFile),
            await RouteAsync(http, "rss", "8. RSS feed", "/api/v1/feeds/articles.rss", null),
            await FacetsAsync(http),
        };

        // R1 must answer exactly what the endpoint answers, or the ratio compares different work.
        await CompareAsync(http, $"{Articles}?limit=20", "/bench/r1/articles");
        if (slugs.Count > 0)
        {
            await CompareAsync(http, $"{Articles}/{slugs[0]}", $"/bench/r1/articles/{slugs[0]}");
        }

        await Files.WriteAsync(Path.Combine(work, "plan.json"), new Plan(cards.Count, slugs.Count, depthItems / 20, scenarios));
        foreach (var scenario in scenarios)
        {
            Console.WriteLine($"  {scenario.Name,-48} {scenario.Unavailable ?? scenario.Path ?? scenario.PathsFile}");
        }

        return 0;
    }

    /// <summary>Pages through the newest articles 100 at a time: the first 10,000 slugs, and the cursor 100,000 items in.</summary>
    private static async Task<(List<string> Slugs, string? Cursor, int DepthItems)> WalkAsync(HttpClient http)
    {
        var slugs = new List<string>();
        string? cursor = null;
        string? deepCursor = null;
        var items = 0;
        var depth = 0;
        while (true)
        {
            using var page = await GetJsonAsync(http, $"{Articles}?limit=100" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            if (page is null)
            {
                break;
            }

            var data = page.RootElement.GetProperty("data");
            foreach (var card in data.EnumerateArray().Where(_ => slugs.Count < SlugTarget))
            {
                slugs.Add(card.GetProperty("slug").GetString()!);
            }

            items += data.GetArrayLength();
            cursor = page.RootElement.GetProperty("meta").TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String
                ? next.GetString() : null;
            if (cursor is null)
            {
                break;
            }

            // Keep the deepest cursor that still has a full page after it; stop at 100,000 items (page 5,001 of 20).
            (deepCursor, depth) = (cursor, items);
            if (items >= CursorDepthItems)
            {
                break;
            }
        }

        return (slugs, deepCursor, depth);
    }

    private static (string Tag, string OtherTag, string Type) PopularFilters(List<Card> cards)
    {
        var tag = cards.SelectMany(card => card.Tags).GroupBy(slug => slug).OrderByDescending(group => group.Count()).First().Key;
        var withTag = cards.Where(card => card.Tags.Contains(tag)).ToList();
        var other = withTag.SelectMany(card => card.Tags).Where(slug => slug != tag).GroupBy(slug => slug)
            .OrderByDescending(group => group.Count()).Select(group => group.Key).FirstOrDefault() ?? tag;
        var type = withTag.Where(card => card.Tags.Contains(other)).Concat(cards).GroupBy(card => card.Type)
            .OrderByDescending(group => group.Count()).First().Key;
        return (tag, other, type);
    }

    private static async Task<Scenario> FilteredAsync(HttpClient http, string key, string name, string path, Func<Card, bool> matches)
    {
        using var page = await GetJsonAsync(http, path);
        if (page is null)
        {
            return new(key, name, path, null, "n/a (rejected)");
        }

        var cards = page.RootElement.GetProperty("data").EnumerateArray().Select(Card.From).ToList();
        return cards.Count > 0 && cards.All(matches) ? new(key, name, path, null, null) : new(key, name, path, null, "n/a (filter not supported yet)");
    }

    private static async Task<Scenario> SearchAsync(HttpClient http, string key, string name, string word)
    {
        // A search that ignored q would answer a nonsense word with the newest articles.
        using var probe = await GetJsonAsync(http, $"{Articles}?q=zqxjkvbwnonword&limit=20");
        var supported = probe is not null && probe.RootElement.GetProperty("data").GetArrayLength() == 0;
        return new(key, name, $"{Articles}?q={word}&limit=20", null, supported ? null : "n/a (search not supported yet)");
    }

    private static async Task<Scenario> RouteAsync(HttpClient http, string key, string name, string? path, string? pathsFile)
    {
        if (path is null)
        {
            return new(key, name, null, null, "n/a (no articles)");
        }

        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(new Uri(path, UriKind.Relative));
        }
        catch (TaskCanceledException)
        {
            // A route that exists but cannot answer one request within the client timeout cannot be measured by wrk either.
            return new(key, name, path, pathsFile, $"n/a (one request took > {http.Timeout.TotalSeconds:0} s)");
        }

        using var _ = response;
        return response.StatusCode == HttpStatusCode.NotFound
            ? new(key, name, path, pathsFile, "n/a (route missing)")
            : new(key, name, pathsFile is null ? path : null, pathsFile, response.IsSuccessStatusCode ? null : $"n/a ({(int)response.StatusCode})");
    }

    private static async Task<Scenario> FacetsAsync(HttpClient http)
    {
        const string path = $"{Articles}?facets=tag,type&page=2&limit=20";
        const string name = "9. facets + page totals";
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            return new("facets-page", name, path, null, $"n/a ({(int)response.StatusCode})");
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var meta = json.RootElement.GetProperty("meta");
        return meta.TryGetProperty("facets", out _) && meta.TryGetProperty("total", out _)
            ? new("facets-page", name, path, null, null)
            : new("facets-page", name, path, null, "n/a (facets/page not supported yet)");
    }

    private static async Task<string?> FirstFoundAsync(HttpClient http, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            using var page = await GetJsonAsync(http, $"{Articles}?q={word}&limit=5");
            if (page is not null && page.RootElement.GetProperty("data").GetArrayLength() is > 0 and < 5)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Compares the articles (a page's data: R1 does not sign a next-page cursor) byte for byte.</summary>
    private static async Task CompareAsync(HttpClient http, string real, string reference)
    {
        var expected = DataOf(await http.GetStringAsync(new Uri(real, UriKind.Relative)));
        var actual = DataOf(await http.GetStringAsync(new Uri(reference, UriKind.Relative)));
        if (expected != actual)
        {
            Console.WriteLine($"  WARNING: {reference} answers differently from {real} ({actual.Length:N0} vs {expected.Length:N0} bytes): " +
                "refresh src/ContentApi/Features/Benchmark/BenchmarkQueries.cs so R1 runs the endpoint's current SQL.");
        }
    }

    private static string DataOf(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("data", out var data) ? data.GetRawText() : body;
    }

    private static async Task<JsonDocument?> GetJsonAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        return response.IsSuccessStatusCode ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()) : null;
    }

    private sealed record Card(string Type, HashSet<string> Tags)
    {
        public static Card From(JsonElement card) => new(
            card.GetProperty("type").GetString()!,
            [.. card.GetProperty("tags").EnumerateArray().Select(tag => tag.GetProperty("slug").GetString()!)]);
    }
}
