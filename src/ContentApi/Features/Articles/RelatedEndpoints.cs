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
    /// (read from ix_article_tags_published), so a country tag with 100,000 articles costs 500 index entries, not
    /// 100,000. Related content is about what is recent; an older article only shows when an editor links it.
    /// </summary>
    public const int CandidatesPerTag = 500;

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

        var linked = db.RelatedLinks
            .Where(link => link.ArticleId == id && link.TargetArticleId != null && link.TargetArticle!.Status == ArticleStatus.Published)
            .Select(link => new { ArticleId = link.TargetArticleId!.Value, Group = 0, link.Position, Shared = 0, link.TargetArticle!.PublishedAt });
        var sharing = db.ArticleTags
            .Where(own => own.ArticleId == id)
            .SelectMany(own => db.ArticleTags
                .Where(other => other.TagId == own.TagId && other.PublishedAt != null)
                .OrderByDescending(other => other.PublishedAt).ThenByDescending(other => other.ArticleId)
                .Take(CandidatesPerTag))
            .Where(other => other.ArticleId != id && !db.RelatedLinks.Any(link => link.ArticleId == id && link.TargetArticleId == other.ArticleId))
            .GroupBy(other => other.ArticleId)
            .Select(group => new { ArticleId = group.Key, Group = 1, Position = 0, Shared = group.Count(), PublishedAt = group.Max(other => other.PublishedAt) });

        var rows = await linked.Concat(sharing)
            .OrderBy(candidate => candidate.Group).ThenBy(candidate => candidate.Position)
            .ThenByDescending(candidate => candidate.Shared).ThenByDescending(candidate => candidate.PublishedAt).ThenByDescending(candidate => candidate.ArticleId)
            .Take(size)
            .Join(db.Articles, candidate => candidate.ArticleId, article => article.Id, (candidate, article) => new { candidate, article })
            .OrderBy(pair => pair.candidate.Group).ThenBy(pair => pair.candidate.Position)
            .ThenByDescending(pair => pair.candidate.Shared).ThenByDescending(pair => pair.candidate.PublishedAt).ThenByDescending(pair => pair.candidate.ArticleId)
            .Select(pair => pair.article)
            .Select(ArticleProjection.Row(db.Articles, editor, includeBody: false, includeLinks: false))
            .ToListAsync(cancellationToken);

        // An editor may link the same article twice; it is one card.
        var data = rows.DistinctBy(row => row.Id).Select(row => row.ToResponse(site.Value)).ToList();
        SurrogateKeys.Add(http, SurrogateKeys.Articles, $"article:{id}");
        ArticleSurrogateKeys.AddFor(http, data);
        return TypedResults.Ok(new PageResponse<ArticleResponse>(data, new PageMeta { Limit = size, NextCursor = null }));
    }
}
