using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Features.Articles;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Syndication;

/// <summary>
/// A syndicated article as one SQL row: its columns, and its authors, tags, translations (and related links) as JSON
/// arrays built by <c>json_agg</c> in correlated subqueries, plus, when asked, the time of the last change-feed entry.
/// </summary>
public sealed record SyndicatedRow
{
    /// <summary>The article with empty lists; <see cref="ToArticleRow"/> fills them from the JSON columns.</summary>
    public required ArticleRow Article { get; init; }

    public required string? Authors { get; init; }
    public required string? Tags { get; init; }
    public required string? Translations { get; init; }
    public required string? RelatedLinks { get; init; }

    /// <summary>When the change feed last moved (null when not asked for, or when it is empty).</summary>
    public required DateTime? LastChange { get; init; }

    public ArticleRow ToArticleRow() => Article with
    {
        Authors = SyndicatedArticles.Read<ArticleAuthorResponse>(Authors),
        Tags = SyndicatedArticles.Read<ArticleTagResponse>(Tags),
        Translations = SyndicatedArticles.Read<TranslationRow>(Translations),
        RelatedLinks = Article.RelatedLinks is null ? null : SyndicatedArticles.Read<RelatedLinkRow>(RelatedLinks),
    };
}

/// <summary>
/// Reads feed entries and change-feed upserts — full bodies, public view — in ONE statement, whatever their number.
/// </summary>
/// <remarks>
/// <see cref="ArticleProjection.Row"/> brings lists back as joined rows: as one query that repeats every body once
/// per author × tag row, split, it costs a statement per list (five per feed request). Here each article is one row
/// and each list one JSON value from a subquery PostgreSQL runs only for the rows that survive the LIMIT (the
/// <c>article_id = outer id</c> condition is pushed into the grouped subquery, so each is an index probe). The JSON
/// comes back in the shapes of <see cref="ArticleRow"/>'s lists, in the same order as <see cref="ArticleProjection.Row"/>
/// sorts them, so the responses are the same.
/// </remarks>
public static class SyndicatedArticles
{
    public static Expression<Func<Article, SyndicatedRow>> Row(ContentDbContext db, bool includeLinks, bool includeLastChange)
    {
        var authors = db.Database.SqlQuery<JsonList>($"""
            SELECT byline.article_id, json_agg(json_build_object('id', author.id, 'slug', author.slug, 'name', author.name)
                                               ORDER BY byline.position, byline.author_id)::text AS value
            FROM article_authors AS byline
            JOIN authors AS author ON author.id = byline.author_id
            GROUP BY byline.article_id
            """);
        var tags = db.Database.SqlQuery<JsonList>($"""
            SELECT tagging.article_id, json_agg(json_build_object('id', tag.id, 'slug', tag.slug, 'name', tag.name, 'kind', tag.kind)
                                                ORDER BY tagging.position, tagging.tag_id)::text AS value
            FROM article_tags AS tagging
            JOIN tags AS tag ON tag.id = tagging.tag_id
            GROUP BY tagging.article_id
            """);

        // Only published translations: the public never learns of a draft, not even its slug.
        var translations = db.Database.SqlQuery<JsonList>($"""
            SELECT article.id AS article_id, json_agg(json_build_object('language', other.language, 'slug', other.slug)
                                                      ORDER BY other.language, other.id)::text AS value
            FROM articles AS article
            JOIN articles AS other ON other.translation_group_id = article.translation_group_id AND other.id <> article.id
            WHERE other.status = 'published'
            GROUP BY article.id
            """);

        // Links to drafts are left out, as for every public read. Dates as UTC with a Z, whatever the session's time zone.
        var relatedLinks = db.Database.SqlQuery<JsonList>($"""
            SELECT link.article_id, json_agg(json_build_object(
                       'id', link.id, 'url', link.url, 'title', link.title,
                       'target', CASE WHEN target.id IS NULL THEN NULL ELSE json_build_object(
                           'slug', target.slug, 'language', target.language, 'title', target.title, 'type', target.type,
                           'publishedAt', to_char(target.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                           'primaryTag', CASE WHEN kicker.id IS NULL THEN NULL
                                              ELSE json_build_object('slug', kicker.slug, 'name', kicker.name, 'kind', kicker.kind) END) END)
                       ORDER BY link.position, link.id)::text AS value
            FROM related_links AS link
            LEFT JOIN articles AS target ON target.id = link.target_article_id
            LEFT JOIN tags AS kicker ON kicker.id = target.primary_tag_id
            WHERE target.id IS NULL OR target.status = 'published'
            GROUP BY link.article_id
            """);

        return article => new SyndicatedRow
        {
            Article = new ArticleRow
            {
                Id = article.Id,
                Slug = article.Slug,
                Type = article.Type,
                Title = article.Title,
                Summary = article.Summary,
                BodyHtml = article.BodyHtml,
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
                RelatedLinks = includeLinks ? new List<RelatedLinkRow>() : null,
            },
            Authors = authors.Where(list => list.ArticleId == article.Id).Select(list => list.Value).FirstOrDefault(),
            Tags = tags.Where(list => list.ArticleId == article.Id).Select(list => list.Value).FirstOrDefault(),
            Translations = translations.Where(list => list.ArticleId == article.Id).Select(list => list.Value).FirstOrDefault(),
            RelatedLinks = includeLinks ? relatedLinks.Where(list => list.ArticleId == article.Id).Select(list => list.Value).FirstOrDefault() : null,
            LastChange = includeLastChange
                ? db.ArticleChanges.OrderByDescending(change => change.Id).Select(change => (DateTime?)change.ChangedAt).FirstOrDefault()
                : null,
        };
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A JSON array from a subquery; no rows (json_agg of nothing is NULL) is an empty list.</summary>
    internal static List<T> Read<T>(string? json) => json is null ? [] : JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];

    /// <summary>One article's list as a JSON array (the shape every subquery above returns).</summary>
    private sealed record JsonList(Guid ArticleId, string Value);
}
