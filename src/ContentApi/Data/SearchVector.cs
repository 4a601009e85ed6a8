namespace ContentApi.Data;

/// <summary>
/// Full-text search configuration: every article is indexed in its own language's configuration, and a query is
/// parsed in each configuration and matched only against that language's articles, so the GIN index serves it.
/// The vectors are kept by the trigger articles_search_vectors (migration SearchVectorsByTrigger): title_vector is the
/// title, headline_vector the title (weight A) and summary (B), search_vector the headline and the body (C).
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

    /// <summary>
    /// Text search configuration per language; languages not listed use "simple" (no stemming). The trigger function
    /// spells the same map out as a CASE: a language added here needs a migration that replaces the function.
    /// </summary>
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
}
