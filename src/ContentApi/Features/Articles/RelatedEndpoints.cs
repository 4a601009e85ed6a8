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
    /// 100,000. Related content is about what is recent; an older article only shows when an editor links it. Every
    /// candidate is an article row read to rank it: at 1M articles 500 per tag meant up to 3,000 mostly cold reads
    /// (50–180 ms a request alone, ~30 req/s under load); 100 costs 8–30 ms.
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

        // One statement: the candidates are the editor's link targets and the newest CandidatesPerTag articles of each
        // of this article's tags — a LATERAL probe of ix_article_tags_tag_id_published_at_article_id per tag (LINQ's
        // per-group Take becomes a window over every row of those tags: measured > 60 s at 1M). Each candidate is
        // ranked by its link position, then by how many tags it shares (counted on the article_tags primary key),
        // then newest first. The candidates are one IN-set, so articles are read by primary key, never scanned.
        var links = db.RelatedLinks.Where(link => link.ArticleId == id);
        var ownTags = db.ArticleTags.Where(own => own.ArticleId == id).Select(own => own.TagId);
        var candidates = db.Database.SqlQuery<Guid>($"""
            SELECT recent.article_id AS "Value"
            FROM article_tags AS own
            CROSS JOIN LATERAL (
                SELECT other.article_id FROM article_tags AS other
                WHERE other.tag_id = own.tag_id AND other.published_at IS NOT NULL
                ORDER BY other.published_at DESC, other.article_id DESC
                LIMIT {CandidatesPerTag}) AS recent
            WHERE own.article_id = {id}
            UNION
            SELECT link.target_article_id FROM related_links AS link
            WHERE link.article_id = {id} AND link.target_article_id IS NOT NULL
            """);

        var rows = await db.Articles
            .Where(article => article.Status == ArticleStatus.Published && article.Id != id && candidates.Contains(article.Id))
            .Select(article => new
            {
                Article = article,
                LinkPosition = links.Where(link => link.TargetArticleId == article.Id).Min(link => (int?)link.Position),
                Shared = article.Tags.Count(tagging => ownTags.Contains(tagging.TagId)),
            })
            .OrderBy(candidate => candidate.LinkPosition == null).ThenBy(candidate => candidate.LinkPosition)
            .ThenByDescending(candidate => candidate.Shared).ThenByDescending(candidate => candidate.Article.PublishedAt)
            .ThenByDescending(candidate => candidate.Article.Id)
            .Take(size)
            .Select(candidate => candidate.Article)
            .Select(ArticleProjection.Row(db, editor, includeBody: false, includeLinks: false))
            .ToListAsync(cancellationToken);

        var data = rows.Select(row => row.ToArticleRow().ToResponse(site.Value)).ToList();
        SurrogateKeys.Add(http, SurrogateKeys.Articles, $"article:{id}");
        ArticleSurrogateKeys.AddFor(http, data);
        return TypedResults.Ok(new PageResponse<ArticleResponse>(data, new PageMeta { Limit = size, NextCursor = null }));
    }
}
