namespace ContentApi.Data;

/// <summary>
/// Full-text search configuration: every article is indexed in its own language's configuration, and a query is
/// parsed in each configuration and matched only against that language's articles, so the GIN index serves it.
/// </summary>
public static class SearchVector
{
    /// <summary>The shadow property (column search_vector) holding the weighted tsvector.</summary>
    public const string Property = "SearchVector";

    /// <summary>Spanish stemming after stripping accents: "policia" finds "policía".</summary>
    public const string SpanishUnaccent = "spanish_unaccent";

    /// <summary>Text search configuration per language; languages not listed use "simple" (no stemming).</summary>
    public static readonly IReadOnlyDictionary<string, string> Configurations = new Dictionary<string, string>
    {
        ["en"] = "english",
        ["es"] = SpanishUnaccent,
        ["pt"] = "portuguese",
        ["fr"] = "french",
        ["de"] = "german",
        ["it"] = "italian",
    };

    public static string ConfigurationFor(string language) => Configurations.GetValueOrDefault(language, "simple");

    /// <summary>Title weighs more than summary, summary more than body (weights A, B, C).</summary>
    public static string ComputedColumnSql()
    {
        var cases = string.Join(" ", Configurations.Select(pair => $"WHEN '{pair.Key}' THEN '{pair.Value}'::regconfig"));
        var configuration = $"(CASE language {cases} ELSE 'simple'::regconfig END)";
        return $"setweight(to_tsvector({configuration}, title), 'A') || " +
               $"setweight(to_tsvector({configuration}, summary), 'B') || " +
               $"setweight(to_tsvector({configuration}, body_html), 'C')";
    }
}
