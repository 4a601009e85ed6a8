namespace ContentApi.Domain.Articles;

/// <summary>Everything an editor sets on an article in one save; the article checks the rules that tie the fields together.</summary>
public sealed record ArticleContent(
    ArticleType Type,
    string Language,
    string Title,
    string Slug,
    string Summary,
    string BodyHtml,
    IReadOnlyList<Guid> AuthorIds,
    IReadOnlyList<Guid> TagIds,
    Guid? PrimaryTagId,
    bool Syndicatable);
