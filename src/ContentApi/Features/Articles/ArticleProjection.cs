using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Features.Articles.Listing;
using ContentApi.Infrastructure.Site;

namespace ContentApi.Features.Articles;

/// <summary>What a response is made from: the article's columns and lists (read as an <see cref="ArticleSqlRow"/>).</summary>
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

/// <summary>
/// One article as PostgreSQL returns it — one row: the columns, and each list as a JSON array (from the views in
/// Data/ArticleLists.cs), so a page of twenty is twenty rows rather than every author × tag × translation
/// combination. <see cref="ToArticleRow"/> reads the arrays.
/// </summary>
public sealed record ArticleSqlRow
{
    /// <summary>The article with empty lists.</summary>
    public required ArticleRow Article { get; init; }

    public required string? Authors { get; init; }
    public required string? Tags { get; init; }
    public required string? Translations { get; init; }
    public required string? RelatedLinks { get; init; }

    /// <summary>Where the search matched, when a list is sorted by relevance (see <see cref="ArticleProjection.WithSearchTier"/>).</summary>
    public int? SearchTier { get; init; }

    /// <summary>When the change feed last moved, when asked for (feeds use it for their own last-modified time).</summary>
    public DateTime? LastChange { get; init; }

    public ArticleRow ToArticleRow() => Article with
    {
        Authors = ArticleListJson.Read(Authors, ArticleListJson.Default.ListArticleAuthorResponse),
        Tags = ArticleListJson.Read(Tags, ArticleListJson.Default.ListArticleTagResponse),
        Translations = ArticleListJson.Read(Translations, ArticleListJson.Default.ListTranslationRow),
        RelatedLinks = Article.RelatedLinks is null ? null : ArticleListJson.Read(RelatedLinks, ArticleListJson.Default.ListRelatedLinkRow),
        SearchTier = SearchTier,
    };
}

/// <summary>Reads the JSON arrays of <see cref="ArticleSqlRow"/> (source-generated: no reflection per request).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<ArticleAuthorResponse>))]
[JsonSerializable(typeof(List<ArticleTagResponse>))]
[JsonSerializable(typeof(List<TranslationRow>))]
[JsonSerializable(typeof(List<RelatedLinkRow>))]
internal sealed partial class ArticleListJson : JsonSerializerContext
{
    /// <summary>No list (json_agg of no rows is NULL) is an empty list.</summary>
    public static List<T> Read<T>(string? json, JsonTypeInfo<List<T>> type) => json is null ? [] : JsonSerializer.Deserialize(json, type) ?? [];
}

/// <summary>Projections from <see cref="Article"/> to <see cref="ArticleSqlRow"/>, and from a row to the response.</summary>
public static class ArticleProjection
{
    private static readonly ConcurrentDictionary<(bool Editor, bool Body, bool Links, bool LastChange), Expression<Func<ContentDbContext, Article, ArticleSqlRow>>> Rows = new();

    /// <summary>
    /// The row for one article, in one statement whatever the page size; the body and related links only when asked for,
    /// so a list never reads bodies it does not return. Drafts (as translations or link targets) show only to editors.
    /// </summary>
    public static Expression<Func<Article, ArticleSqlRow>> Row(ContentDbContext db, bool editor, bool includeBody, bool includeLinks, bool includeLastChange = false)
    {
        var row = RowOf(editor, includeBody, includeLinks, includeLastChange);
        return Expression.Lambda<Func<Article, ArticleSqlRow>>(
            new ParameterReplacer(row.Parameters[0], Expression.Constant(db)).Visit(row.Body), row.Parameters[1]);
    }

    /// <summary>
    /// <see cref="Row"/> with the context as a parameter, for compiled queries (see <see cref="CompiledReads"/>). Built once
    /// per combination: an expression tree this size costs more to build than a request spends mapping its rows.
    /// </summary>
    public static Expression<Func<ContentDbContext, Article, ArticleSqlRow>> RowOf(bool editor, bool includeBody, bool includeLinks, bool includeLastChange = false) =>
        Rows.GetOrAdd((editor, includeBody, includeLinks, includeLastChange), key => (db, article) => new ArticleSqlRow
        {
            Article = new ArticleRow
            {
                Id = article.Id,
                Slug = article.Slug,
                Type = article.Type,
                Title = article.Title,
                Summary = article.Summary,
                BodyHtml = key.Body ? article.BodyHtml : null,
                Language = article.Language,
                Status = article.Status,
                PublishedAt = article.PublishedAt,
                ScheduledAt = article.ScheduledAt,
                UpdatedAt = article.UpdatedAt,
                Syndicatable = article.Syndicatable,
                WordCount = article.WordCount,
                Version = article.Version,
                PrimaryTag = article.PrimaryTag == null ? null : new PrimaryTagResponse(article.PrimaryTag.Slug, article.PrimaryTag.Name, article.PrimaryTag.Kind),
                Authors = new List<ArticleAuthorResponse>(),
                Tags = new List<ArticleTagResponse>(),
                Translations = new List<TranslationRow>(),
                RelatedLinks = key.Links ? new List<RelatedLinkRow>() : null,
            },
            Authors = db.ArticleAuthorLists.Where(list => list.ArticleId == article.Id).Select(list => list.Value).FirstOrDefault(),
            Tags = db.ArticleTagLists.Where(list => list.ArticleId == article.Id).Select(list => list.Value).FirstOrDefault(),
            Translations = db.ArticleTranslationLists.Where(list => list.ArticleId == article.Id)
                .Select(list => key.Editor ? list.Value : list.PublishedValue).FirstOrDefault(),
            RelatedLinks = key.Links
                ? db.ArticleRelatedLinkLists.Where(list => list.ArticleId == article.Id)
                    .Select(list => key.Editor ? list.Value : list.PublishedValue).FirstOrDefault()
                : null,
            LastChange = key.LastChange
                ? db.ArticleChanges.OrderByDescending(change => change.Id).Select(change => (DateTime?)change.ChangedAt).FirstOrDefault()
                : null,
        });

    /// <summary>The same row with <see cref="ArticleSqlRow.SearchTier"/> filled from <paramref name="tier"/>, still one SQL projection.</summary>
    public static Expression<Func<Article, ArticleSqlRow>> WithSearchTier(Expression<Func<Article, ArticleSqlRow>> row, Expression<Func<Article, int>> tier)
    {
        var init = (MemberInitExpression)row.Body;
        var searchTier = new ParameterReplacer(tier.Parameters[0], row.Parameters[0]).Visit(tier.Body);
        var binding = Expression.Bind(typeof(ArticleSqlRow).GetProperty(nameof(ArticleSqlRow.SearchTier))!, Expression.Convert(searchTier, typeof(int?)));
        return Expression.Lambda<Func<Article, ArticleSqlRow>>(Expression.MemberInit(init.NewExpression, [.. init.Bindings, binding]), row.Parameters);
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
