using System.Linq.Expressions;
using ContentApi.Domain.Articles;
using ContentApi.Features.Articles.Listing;
using ContentApi.Infrastructure.Site;

namespace ContentApi.Features.Articles;

/// <summary>What one article costs to read: the columns and correlated lists a response needs, selected in SQL.</summary>
public sealed record ArticleRow
{
    public required Guid Id { get; init; }
    public required string Slug { get; init; }
    public required ArticleType Type { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public string? BodyHtml { get; init; }
    public required string Language { get; init; }
    public required ArticleStatus Status { get; init; }
    public required DateTime? PublishedAt { get; init; }
    public required DateTime? ScheduledAt { get; init; }
    public required DateTime UpdatedAt { get; init; }
    public required bool Syndicatable { get; init; }
    public required int WordCount { get; init; }
    public required uint Version { get; init; }
    public required PrimaryTagResponse? PrimaryTag { get; init; }
    public required List<ArticleAuthorResponse> Authors { get; init; }
    public required List<ArticleTagResponse> Tags { get; init; }
    public required List<TranslationRow> Translations { get; init; }
    public List<RelatedLinkRow>? RelatedLinks { get; init; }

    /// <summary>Where the search matched (see <see cref="ArticleSearch.Tier"/>), when a list is sorted by relevance: the next page's cursor needs it.</summary>
    public int? SearchTier { get; init; }
}

public sealed record TranslationRow(string Language, string Slug);

public sealed record RelatedLinkRow(Guid Id, string? Url, string? Title, RelatedTargetRow? Target);

public sealed record RelatedTargetRow(string Slug, string Language, string Title, ArticleType Type, DateTime? PublishedAt, PrimaryTagResponse? PrimaryTag);

/// <summary>Projections from <see cref="Article"/> to <see cref="ArticleRow"/>, and from a row to the response.</summary>
public static class ArticleProjection
{
    /// <summary>
    /// The row for one article; the body and related links only when asked for, so a list never reads bodies it does
    /// not return. Drafts (as translations or link targets) show only to editors.
    /// </summary>
    public static Expression<Func<Article, ArticleRow>> Row(IQueryable<Article> articles, bool editor, bool includeBody, bool includeLinks) =>
        article => new ArticleRow
        {
            Id = article.Id,
            Slug = article.Slug,
            Type = article.Type,
            Title = article.Title,
            Summary = article.Summary,
            BodyHtml = includeBody ? article.BodyHtml : null,
            Language = article.Language,
            Status = article.Status,
            PublishedAt = article.PublishedAt,
            ScheduledAt = article.ScheduledAt,
            UpdatedAt = article.UpdatedAt,
            Syndicatable = article.Syndicatable,
            WordCount = article.WordCount,
            Version = article.Version,
            PrimaryTag = article.PrimaryTag == null ? null : new PrimaryTagResponse(article.PrimaryTag.Slug, article.PrimaryTag.Name, article.PrimaryTag.Kind),
            Authors = article.Authors.OrderBy(author => author.Position)
                .Select(author => new ArticleAuthorResponse(author.Author.Id, author.Author.Slug, author.Author.Name)).ToList(),
            Tags = article.Tags.OrderBy(tag => tag.Position)
                .Select(tag => new ArticleTagResponse(tag.Tag.Id, tag.Tag.Slug, tag.Tag.Name, tag.Tag.Kind)).ToList(),
            Translations = articles
                .Where(other => other.TranslationGroupId == article.TranslationGroupId && other.Id != article.Id
                    && (editor || other.Status == ArticleStatus.Published))
                .OrderBy(other => other.Language)
                .Select(other => new TranslationRow(other.Language, other.Slug)).ToList(),
            RelatedLinks = includeLinks
                ? article.RelatedLinks
                    .Where(link => link.TargetArticle == null || editor || link.TargetArticle.Status == ArticleStatus.Published)
                    .OrderBy(link => link.Position)
                    .Select(link => new RelatedLinkRow(link.Id, link.Url, link.Title, link.TargetArticle == null ? null : new RelatedTargetRow(
                        link.TargetArticle.Slug, link.TargetArticle.Language, link.TargetArticle.Title, link.TargetArticle.Type, link.TargetArticle.PublishedAt,
                        link.TargetArticle.PrimaryTag == null ? null : new PrimaryTagResponse(link.TargetArticle.PrimaryTag.Slug, link.TargetArticle.PrimaryTag.Name, link.TargetArticle.PrimaryTag.Kind))))
                    .ToList()
                : null,
        };

    /// <summary>The same row with <see cref="ArticleRow.SearchTier"/> filled from <paramref name="tier"/>, still one SQL projection.</summary>
    public static Expression<Func<Article, ArticleRow>> WithSearchTier(Expression<Func<Article, ArticleRow>> row, Expression<Func<Article, int>> tier)
    {
        var init = (MemberInitExpression)row.Body;
        var searchTier = new ParameterReplacer(tier.Parameters[0], row.Parameters[0]).Visit(tier.Body);
        var binding = Expression.Bind(typeof(ArticleRow).GetProperty(nameof(ArticleRow.SearchTier))!, Expression.Convert(searchTier, typeof(int?)));
        return Expression.Lambda<Func<Article, ArticleRow>>(Expression.MemberInit(init.NewExpression, [.. init.Bindings, binding]), row.Parameters);
    }

    public static ArticleResponse ToResponse(this ArticleRow row, SiteOptions site) => new()
    {
        Id = row.Id,
        Slug = row.Slug,
        Type = row.Type,
        Title = row.Title,
        Summary = row.Summary,
        BodyHtml = row.BodyHtml,
        Language = row.Language,
        Status = row.Status,
        PublishedAt = row.PublishedAt,
        ScheduledAt = row.ScheduledAt,
        UpdatedAt = row.UpdatedAt,
        PrimaryTag = row.PrimaryTag,
        Authors = row.Authors,
        Tags = row.Tags,
        RelatedLinks = row.RelatedLinks?.Select(link => link.Target is { } target
                ? new RelatedLinkResponse(link.Id, "article", link.Title ?? target.Title, site.CanonicalUrl(target.Slug, target.Language),
                    new RelatedArticleResponse(target.Slug, target.Type, target.PublishedAt, target.PrimaryTag))
                : new RelatedLinkResponse(link.Id, "external", link.Title ?? link.Url!, link.Url!, null))
            .ToList(),
        Translations = [.. row.Translations.Select(t => new TranslationResponse(t.Language, t.Slug, site.CanonicalUrl(t.Slug, t.Language)))],
        CanonicalUrl = site.CanonicalUrl(row.Slug, row.Language),
        Syndicatable = row.Syndicatable,
        License = new LicenseResponse(site.LicenseName, site.LicenseUrl),
        WordCount = row.WordCount,
        ReadingTimeMinutes = ReadingTimeMinutes(row.WordCount),
    };

    /// <summary>At about 230 words a minute, never less than one minute.</summary>
    public static int ReadingTimeMinutes(int wordCount) => Math.Max(1, (int)Math.Ceiling(wordCount / 230.0));
}
