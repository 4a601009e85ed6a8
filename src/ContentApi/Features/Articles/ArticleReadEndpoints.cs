using System.ComponentModel;
using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Errors;
using ContentApi.Infrastructure.Site;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Articles;

/// <summary>Reading articles: the newest published ones, and one by id or slug.</summary>
public static class ArticleReadEndpoints
{
    public static IEndpointRouteBuilder MapArticleReads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/articles")
            .WithTags("Articles")
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy);

        group.MapGet("/", ListArticles)
            .WithName("ListArticles")
            .WithSummary("Published articles, newest first, as cards")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{idOrSlug}", GetArticle)
            .WithName("GetArticle")
            .WithSummary("One article by id or slug; an old slug redirects (301) to the current one")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    internal static async Task<Ok<PageResponse<ArticleResponse>>> ListArticles(
        [Description("Page size, 1–100 (default 20).")] int? limit,
        ContentDbContext db,
        IOptions<SiteOptions> site,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var size = limit ?? 20;
        if (size is < 1 or > 100)
        {
            throw new ValidationProblemException("limit", "limit must be a whole number from 1 to 100.");
        }

        var rows = await db.Articles
            .Where(article => article.Status == ArticleStatus.Published)
            .OrderByDescending(article => article.PublishedAt).ThenByDescending(article => article.Id)
            .Take(size)
            .Select(ArticleProjection.Row(db.Articles, http.IsEditor(), includeBody: false, includeLinks: false))
            .ToListAsync(cancellationToken);

        var data = rows.Select(row => row.ToResponse(site.Value)).ToList();
        return TypedResults.Ok(new PageResponse<ArticleResponse>(data, new PageMeta { Limit = size, NextCursor = null }));
    }

    internal static async Task<Results<Ok<ArticleResponse>, RedirectHttpResult, ProblemHttpResult>> GetArticle(
        [Description("The article's id (UUID) or its slug.")] string idOrSlug,
        [Description("The language of the slug, when the same slug exists in several languages.")] string? lang,
        ContentDbContext db,
        IOptions<SiteOptions> site,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var editor = http.IsEditor();
        var visible = db.Articles.Where(article => editor || article.Status == ArticleStatus.Published);
        var matches = Guid.TryParse(idOrSlug, out var id)
            ? visible.Where(article => article.Id == id)
            : visible.Where(article => article.Slug == idOrSlug && (lang == null || article.Language == lang));

        var row = await matches
            .OrderBy(article => article.Language == "en" ? 0 : 1).ThenBy(article => article.Language)
            .Select(ArticleProjection.Row(db.Articles, editor, includeBody: true, includeLinks: true))
            .FirstOrDefaultAsync(cancellationToken);
        if (row is not null)
        {
            return TypedResults.Ok(row.ToResponse(site.Value));
        }

        var current = await db.ArticleSlugs
            .Where(old => old.Slug == idOrSlug)
            .Join(visible, old => old.ArticleId, article => article.Id, (old, article) => article)
            .Where(article => lang == null || article.Language == lang)
            .Select(article => article.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        if (current is not null)
        {
            var query = lang is null ? "" : $"?lang={Uri.EscapeDataString(lang)}";
            return TypedResults.Redirect($"/api/v1/articles/{current}{query}", permanent: true);
        }

        return TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"No published article has the id or slug '{idOrSlug}'.");
    }
}
