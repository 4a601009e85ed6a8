using System.ComponentModel;
using ContentApi.Data;
using ContentApi.Features.Articles.Listing;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Caching;
using ContentApi.Infrastructure.Errors;
using ContentApi.Infrastructure.Site;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Features.Articles;

/// <summary>Reading articles: lists with every filter, sort and paging of the contract, and one by id or slug.</summary>
public static class ArticleReadEndpoints
{
    public static IEndpointRouteBuilder MapArticleReads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/articles")
            .WithTags("Articles")
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy)
            .CacheContentReads();

        group.MapGet("/", ListArticles)
            .WithName("ListArticles")
            .WithSummary("Published articles as cards: filter by type, tag (and/or/not), author, language, dates and full text; cursor or page paging; facets")
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status304NotModified);

        group.MapGet("/{idOrSlug}", GetArticle)
            .WithName("GetArticle")
            .WithSummary("One article by id or slug; an old slug redirects (301) to the current one")
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status304NotModified);

        return app;
    }

    internal static async Task<Ok<PageResponse<ArticleResponse>>> ListArticles(
        [AsParameters] ArticleListParameters parameters,
        ArticleListing listing,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var query = listing.Parse(parameters, http);
        return TypedResults.Ok(await listing.ReadAsync(query, ArticleScope.All, http, cancellationToken));
    }

    internal static async Task<Results<Ok<ArticleResponse>, RedirectHttpResult, ProblemHttpResult>> GetArticle(
        [Description("The article's id (UUID) or its slug.")] string idOrSlug,
        [Description("The language of the slug, when the same slug exists in several languages.")] string? lang,
        ContentDbContext db,
        IOptions<SiteOptions> site,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        QueryValues.RejectUnknown(http, "lang");
        var editor = http.IsEditor();
        var language = lang is null ? null : lang.Trim().ToLowerInvariant();
        if (language is not null && !site.Value.SupportedLanguages.Contains(language))
        {
            throw new ValidationProblemException("lang", $"lang is one of: {string.Join(", ", site.Value.SupportedLanguages)}.");
        }

        // The public's read by slug, the most frequent of all, runs precompiled; ids, lang and editors take the general path.
        var found = !editor && language is null && ArticleLookup.IsSlug(idOrSlug)
            ? await CompiledReads.PublishedBySlug(db, idOrSlug, cancellationToken)
            : await ArticleLookup.Matching(db, idOrSlug, language, editor)
                .Select(ArticleProjection.Row(db, editor, includeBody: true, includeLinks: true))
                .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            var current = await ArticleLookup.CurrentSlugOfOldAsync(db, idOrSlug, language, editor, cancellationToken);
            if (current is null)
            {
                return NotFound(idOrSlug);
            }

            var query = language is null ? "" : $"?lang={language}";
            return TypedResults.Redirect($"/api/v1/articles/{current}{query}", permanent: true);
        }

        var row = found.ToArticleRow();
        var response = row.ToResponse(site.Value);
        http.Response.Headers.LastModified = HeaderUtilities.FormatDate(row.UpdatedAt);
        if (editor)
        {
            // Editors PUT back what they read: the row version is the ETag If-Match checks.
            http.Response.Headers.ETag = ArticleETag.From(row.Version);
        }

        ArticleSurrogateKeys.AddFor(http, [response]);
        return TypedResults.Ok(response);
    }

    internal static ProblemHttpResult NotFound(string idOrSlug) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
        detail: $"No published article has the id or slug '{(idOrSlug.Length > 120 ? idOrSlug[..120] + "…" : idOrSlug)}'.");
}
