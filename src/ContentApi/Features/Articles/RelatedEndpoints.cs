using System.ComponentModel;
using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Features.Articles.Listing;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Caching;
using ContentApi.Infrastructure.Site;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Articles;

/// <summary>"More on this": the editor's related links first, then the published articles sharing the most tags.</summary>
public static class RelatedEndpoints
{
    public const int DefaultLimit = 5;
    public const int MaxLimit = 20;

    /// <summary>
    /// How far back "sharing tags" looks: the newest this many published articles of each of the article's tags
    /// (read from ix_article_tags_tag_id_published_at_article_id), so a country tag with 100,000 articles costs 100 index entries, not
    /// 100,000. Related content is about what is recent; an older article only shows when an editor links it.
    /// </summary>
    public const int CandidatesPerTag = 100;

    public static IEndpointRouteBuilder MapRelatedArticles(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/articles")
            .WithTags("Articles")
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy)
            .CacheContentReads()
            .MapGet("/{idOrSlug}/related", ListRelated)
            .WithName("ListRelatedArticles")
            .WithSummary("Related cards: the editor's links first, then published articles sharing the most tags (newest first among equals)")
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status304NotModified);
        return app;
    }

    internal static async Task<Results<Ok<PageResponse<ArticleResponse>>, RedirectHttpResult, ProblemHttpResult>> ListRelated(
        [Description("The article's id (UUID) or its slug.")] string idOrSlug,
        [Description("At most this many cards, 1–20 (default 5).")] string? limit,
        ContentDbContext db,
        IOptions<SiteOptions> site,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        QueryValues.RejectUnknown(http, "limit");
        var size = QueryValues.Integer(limit, "limit", 1, MaxLimit) ?? DefaultLimit;
        var editor = http.IsEditor();

        var sourceId = await ArticleLookup.Matching(db, idOrSlug, null, editor).Select(article => (Guid?)article.Id).FirstOrDefaultAsync(cancellationToken);
        if (sourceId is not { } id)
        {
            var current = await ArticleLookup.CurrentSlugOfOldAsync(db, idOrSlug, null, editor, cancellationToken);
            return current is null
                ? ArticleReadEndpoints.NotFound(idOrSlug)
                : TypedResults.Redirect($"/api/v1/articles/{current}/related{http.Request.QueryString}", permanent: true);
        }

        // One statement. The candidates are the editor's published link targets and the newest CandidatesPerTag
        // published articles of each of this article's tags — a LATERAL probe of ix_article_tags_tag_id_published_at_article_id
        // per tag (LINQ's per-group Take becomes a window over every row of those tags: measured > 60 s at 1M). They are
        // ranked from indexes alone: the link position, then how many tags they share (index-only probes of
        // pk_article_tags), then newest first (article_tags.published_at). Only the page's articles are then read:
        // ranking ~600 candidates by their article rows took ~17 ms at 1M (EXPLAIN ANALYZE); this takes ~7 ms.
        var ranked = db.Database.SqlQuery<RelatedCandidate>($"""
            WITH own AS (
                SELECT tag_id FROM article_tags WHERE article_id = {id}),
            linked AS (
                SELECT link.target_article_id AS article_id, min(link.position) AS link_position, min(target.published_at) AS published_at
                FROM related_links AS link
                JOIN articles AS target ON target.id = link.target_article_id AND target.status = 'published'
                WHERE link.article_id = {id}
                GROUP BY link.target_article_id),
            recent AS (
                SELECT other.article_id, other.published_at
                FROM own CROSS JOIN LATERAL (
                    SELECT candidate.article_id, candidate.published_at FROM article_tags AS candidate
                    WHERE candidate.tag_id = own.tag_id AND candidate.published_at IS NOT NULL
                    ORDER BY candidate.published_at DESC, candidate.article_id DESC
                    LIMIT {CandidatesPerTag}) AS other),
            candidates AS (
                SELECT article_id, max(published_at) AS published_at
                FROM (SELECT article_id, published_at FROM recent UNION ALL SELECT article_id, published_at FROM linked) AS any_candidate
                WHERE article_id <> {id}
                GROUP BY article_id)
            SELECT candidates.article_id,
                   row_number() OVER (ORDER BY linked.link_position IS NULL, linked.link_position,
                       (SELECT count(*) FROM article_tags AS shared JOIN own ON own.tag_id = shared.tag_id
                        WHERE shared.article_id = candidates.article_id) DESC,
                       candidates.published_at DESC, candidates.article_id DESC) AS rank
            FROM candidates
            LEFT JOIN linked ON linked.article_id = candidates.article_id
            ORDER BY rank
            LIMIT {size}
            """);

        var rows = await ranked
            .Join(db.Articles, candidate => candidate.ArticleId, article => article.Id, (candidate, article) => new { candidate.Rank, Article = article })
            .Where(candidate => candidate.Article.Status == ArticleStatus.Published)
            .OrderBy(candidate => candidate.Rank)
            .Select(candidate => candidate.Article)
            .Select(ArticleProjection.Row(db, editor, includeBody: false, includeLinks: false))
            .ToListAsync(cancellationToken);

        var data = rows.Select(row => row.ToArticleRow().ToResponse(site.Value)).ToList();
        SurrogateKeys.Add(http, SurrogateKeys.Articles, $"article:{id}");
        ArticleSurrogateKeys.AddFor(http, data);
        return TypedResults.Ok(new PageResponse<ArticleResponse>(data, new PageMeta { Limit = size, NextCursor = null }));
    }
}

/// <summary>A related article's id and its place in the ranking (1 first).</summary>
public sealed record RelatedCandidate(Guid ArticleId, long Rank);
