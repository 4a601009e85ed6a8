using System.Text.Json.Serialization;
using ContentApi.Domain.Articles;
using ContentApi.Domain.Tags;

namespace ContentApi.Features.Articles;

/// <summary>The kicker a card shows ("PERU").</summary>
public sealed record PrimaryTagResponse(string Slug, string Name, TagKind Kind);

public sealed record ArticleTagResponse(Guid Id, string Slug, string Name, TagKind Kind);

public sealed record ArticleAuthorResponse(Guid Id, string Slug, string Name);

public sealed record TranslationResponse(string Language, string Slug, string Url);

public sealed record LicenseResponse(string Name, string Url);

/// <summary>The card of a related article.</summary>
public sealed record RelatedArticleResponse(string Slug, ArticleType Type, DateTime? PublishedAt, PrimaryTagResponse? PrimaryTag);

/// <summary>An editor's related link: <c>kind</c> "article" carries the target's card, "external" only title and URL.</summary>
public sealed record RelatedLinkResponse(
    Guid Id,
    string Kind,
    string Title,
    string Url,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RelatedArticleResponse? Article);

/// <summary>
/// An article. In lists it is a card: <c>bodyHtml</c> and <c>relatedLinks</c> are left out unless
/// <c>include=body,relatedLinks</c> asks for them.
/// </summary>
public record ArticleResponse
{
    public required Guid Id { get; init; }
    public required string Slug { get; init; }
    public required ArticleType Type { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BodyHtml { get; init; }

    public required string Language { get; init; }
    public required ArticleStatus Status { get; init; }
    public required DateTime? PublishedAt { get; init; }

    /// <summary>Only for scheduled articles (visible to editors): when it goes live.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? ScheduledAt { get; init; }

    public required DateTime UpdatedAt { get; init; }
    public required PrimaryTagResponse? PrimaryTag { get; init; }
    public required IReadOnlyList<ArticleAuthorResponse> Authors { get; init; }
    public required IReadOnlyList<ArticleTagResponse> Tags { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RelatedLinkResponse>? RelatedLinks { get; init; }

    public required IReadOnlyList<TranslationResponse> Translations { get; init; }
    public required string CanonicalUrl { get; init; }
    public required bool Syndicatable { get; init; }
    public required LicenseResponse License { get; init; }
    public required int WordCount { get; init; }
    public required int ReadingTimeMinutes { get; init; }
}

/// <summary>A page of a list: <c>meta.nextCursor</c> is null on the last page.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Data, PageMeta Meta);

public sealed record PageMeta
{
    public required int Limit { get; init; }
    public required string? NextCursor { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Page { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Total { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Pages { get; init; }

    /// <summary>
    /// True when a search matched more articles than it counts (<c>Delivery:SearchTotalLimit</c>, 10,000 by default):
    /// <c>total</c> is then "at least", and <c>pages</c> counts only those. Pages past it still answer. Absent otherwise.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? TotalIsLowerBound { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>>? Facets { get; init; }

    /// <summary>
    /// True when a search matched more articles than it counts (as for <see cref="TotalIsLowerBound"/>): the facets then
    /// count the newest that many matches, so each count is "at least". Absent otherwise.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? FacetsAreLowerBounds { get; init; }
}

public sealed record FacetCount(string Slug, string Name, long Count);
