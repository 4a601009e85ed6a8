using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContentApi.Domain.Articles;

namespace ContentApi.Features.Articles;

/// <summary>An article as editors write it: the body of POST and PUT, and what a PATCH is merged into.</summary>
public sealed record ArticleRequest
{
    /// <summary>1–300 characters.</summary>
    /// <example>Policía en la frontera</example>
    public required string Title { get; init; }

    /// <summary>Lower-case words joined by hyphens, ≤ 120, unique per language. Left out: made from the title on create, unchanged on replace.</summary>
    /// <example>policia-en-la-frontera</example>
    public string? Slug { get; init; }

    /// <summary>brief, news, analysis, investigation, report or organization (default news).</summary>
    /// <example>news</example>
    public ArticleType Type { get; init; } = ArticleType.News;

    /// <summary>The lead paragraph, ≤ 1000 characters.</summary>
    /// <example>Police reinforce the border after a week of clashes.</example>
    public string Summary { get; init; } = "";

    /// <summary>HTML, ≤ 512 KiB; sanitized on the way in (what was removed comes back in <c>sanitized</c>).</summary>
    /// <example>&lt;p&gt;Police reinforced the border on Monday.&lt;/p&gt;</example>
    public string BodyHtml { get; init; } = "";

    /// <summary>One of the configured languages. Left out: the first of them on create, unchanged on replace.</summary>
    /// <example>es</example>
    public string? Language { get; init; }

    /// <summary>The byline, in order: 1–10 author ids.</summary>
    public required IReadOnlyList<Guid> AuthorIds { get; init; }

    /// <summary>Up to 30 tag ids, in order.</summary>
    public IReadOnlyList<Guid> TagIds { get; init; } = [];

    /// <summary>The kicker: one of <c>tagIds</c>. Left out: the first tag.</summary>
    public Guid? PrimaryTagId { get; init; }

    /// <summary>An article this one translates: it joins that article's translation group. Left out on PUT/PATCH: unchanged.</summary>
    public Guid? TranslationOf { get; init; }

    /// <summary>Whether partners' feeds may carry it (default true).</summary>
    public bool Syndicatable { get; init; } = true;
}

/// <summary>When to publish: left out or in the past, now (a past time back-dates); in the future, it is scheduled.</summary>
public sealed record PublishRequest
{
    /// <summary>An ISO-8601 date-time with Z or an offset.</summary>
    /// <example>2030-01-01T09:00:00Z</example>
    public DateTimeOffset? PublishAt { get; init; }
}

/// <summary>A related link: to one of our articles (<c>articleId</c>) or an external page (<c>url</c> and <c>title</c>).</summary>
public sealed record RelatedLinkRequest
{
    public Guid? ArticleId { get; init; }

    /// <summary>An absolute http(s) URL, ≤ 2048 characters.</summary>
    /// <example>https://www.example.com/report.pdf</example>
    public string? Url { get; init; }

    /// <summary>1–300 characters; required with <c>url</c>, and replaces the article's own title with <c>articleId</c>.</summary>
    /// <example>The full report (PDF)</example>
    public string? Title { get; init; }
}

/// <summary>The article as editors read it, plus what the sanitizer removed from <c>bodyHtml</c> (empty when nothing).</summary>
public sealed record ArticleWriteResponse : ArticleResponse
{
    [SetsRequiredMembers]
    public ArticleWriteResponse(ArticleResponse article, IReadOnlyList<string> sanitized)
        : base(article)
    {
        Sanitized = sanitized;
    }

    /// <summary>Each thing the sanitizer took out of the body, e.g. "Removed &lt;script&gt; element".</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<string> Sanitized { get; init; }
}

/// <summary>Who saved a revision: the API key's name (and id, unless the scheduler did it).</summary>
public sealed record RevisionAuthorResponse(Guid? KeyId, string Name);

public sealed record RevisionSummaryResponse(int Number, DateTime SavedAt, RevisionAuthorResponse SavedBy);

/// <summary>A saved version: the article's editable state as it was saved.</summary>
public sealed record RevisionResponse(int Number, DateTime SavedAt, RevisionAuthorResponse SavedBy, JsonElement Article);

/// <summary>The editable state of an article, stored with each revision.</summary>
public sealed record ArticleSnapshot
{
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public required ArticleType Type { get; init; }
    public required string Language { get; init; }
    public required string Summary { get; init; }
    public required string BodyHtml { get; init; }
    public required IReadOnlyList<Guid> AuthorIds { get; init; }
    public required IReadOnlyList<Guid> TagIds { get; init; }
    public required Guid? PrimaryTagId { get; init; }
    public required bool Syndicatable { get; init; }
    public required Guid TranslationGroupId { get; init; }
    public required ArticleStatus Status { get; init; }
    public required DateTime? PublishedAt { get; init; }
    public required DateTime? ScheduledAt { get; init; }
    public required IReadOnlyList<RelatedLinkRequest> RelatedLinks { get; init; }
}
