namespace ContentApi.Infrastructure.Caching;

/// <summary>
/// The <c>Surrogate-Key</c> header of a public response: what it shows (<c>article:{id}</c>, <c>tag:{slug}</c>,
/// <c>author:{slug}</c>, <c>articles</c> for any list), so a CDN in front can purge exactly what a change touched.
/// Handlers add keys as they learn them; <see cref="ReadCachingMiddleware"/> writes the header on public responses.
/// </summary>
public static class SurrogateKeys
{
    public const string Header = "Surrogate-Key";

    /// <summary>Every article list carries it: publishing anything can change any list.</summary>
    public const string Articles = "articles";

    private static readonly object ItemKey = new();

    public static void Add(HttpContext http, params IEnumerable<string> keys)
    {
        if (!http.Items.TryGetValue(ItemKey, out var value) || value is not SortedSet<string> set)
        {
            set = new SortedSet<string>(StringComparer.Ordinal);
            http.Items[ItemKey] = set;
        }

        set.UnionWith(keys);
    }

    public static string? Of(HttpContext http) =>
        http.Items.TryGetValue(ItemKey, out var value) && value is SortedSet<string> { Count: > 0 } set ? string.Join(' ', set) : null;
}
