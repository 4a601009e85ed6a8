namespace ContentApi.Data;

/// <summary>
/// Full-text search configuration: every article is indexed in its own language's configuration, and a query is
/// parsed in each configuration and matched only against that language's articles, so the GIN index serves it.
/// </summary>
public static class SearchVector
{
    /// <summary>The shadow property (column search_vector) holding the weighted tsvector of title, summary and body.</summary>
    public const string Property = "SearchVector";

    /// <summary>
    /// The shadow property (column headline_vector) holding title and summary alone: small enough to stay in the row
    /// (search_vector's few kB live out of line, in TOAST), so telling a headline hit from a body hit is cheap.
    /// </summary>
    public const string HeadlineProperty = "HeadlineVector";

    /// <summary>The shadow property (column title_vector) holding the title alone, for the same reason.</summary>
    public const string TitleProperty = "TitleVector";

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
    public static string ComputedColumnSql() =>
        HeadlineColumnSql() + $" || setweight(to_tsvector({LanguageConfiguration()}, body_html), 'C')";

    /// <summary>The title alone.</summary>
    public static string TitleColumnSql() => $"to_tsvector({LanguageConfiguration()}, title)";

    /// <summary>Title and summary, weighted as in <see cref="ComputedColumnSql"/>.</summary>
    public static string HeadlineColumnSql()
    {
        var configuration = LanguageConfiguration();
        return $"setweight(to_tsvector({configuration}, title), 'A') || " +
               $"setweight(to_tsvector({configuration}, summary), 'B')";
    }

    private static string LanguageConfiguration()
    {
        var cases = string.Join(" ", Configurations.Select(pair => $"WHEN '{pair.Key}' THEN '{pair.Value}'::regconfig"));
        return $"(CASE language {cases} ELSE 'simple'::regconfig END)";
    }
}
