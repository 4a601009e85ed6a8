using System.ComponentModel;
using System.Globalization;
using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Features.Articles;
using ContentApi.Features.Articles.Listing;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Caching;
using ContentApi.Infrastructure.Site;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Sitemap;

/// <summary>One line of the sitemap: where a published article lives and when it last changed.</summary>
public sealed record SitemapEntry(string Slug, string CanonicalUrl, DateTime UpdatedAt, string Language);

/// <summary>Every published article for sitemap generators, newest first, paged by cursor (ix_articles_published_at_id).</summary>
public static class SitemapEndpoints
{
    public const int DefaultLimit = 500;
    public const int MaxLimit = 1000;
    private const string SortKey = "sitemap:-publishedAt";

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/sitemap")
            .WithTags("Sitemap")
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy)
            .CacheContentReads()
            .MapGet("/", GetSitemap)
            .WithName("GetSitemap")
            .WithSummary("Every published article's slug, canonical URL, last change and language, newest first, paged by cursor")
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status304NotModified);
        return app;
    }

    internal static async Task<Ok<PageResponse<SitemapEntry>>> GetSitemap(
        [Description("Entries per page, 1–1000 (default 500): sitemap files are large.")] string? limit,
        [Description("Opaque: meta.nextCursor of the previous page.")] string? cursor,
        ContentDbContext db,
        Cursor cursors,
        IOptions<SiteOptions> site,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        QueryValues.RejectUnknown(http, "limit", "cursor");
        var size = QueryValues.Integer(limit, "limit", 1, MaxLimit) ?? DefaultLimit;
        var articles = db.Articles.Where(article => article.Status == ArticleStatus.Published);
        if (!QueryValues.IsBlank(cursor))
        {
            articles = articles.After(ArticleSort.PublishedAtDescending, cursors.Decode(cursor!.Trim(), SortKey, ""));
        }

        var rows = await articles.OrderBy(ArticleSort.PublishedAtDescending)
            .Take(size + 1)
            .Select(article => new { article.Id, article.Slug, article.Language, article.UpdatedAt, article.PublishedAt })
            .ToListAsync(cancellationToken);
        var hasMore = rows.Count > size;
        var page = rows.Take(size).ToList();
        string? next = null;
        if (hasMore)
        {
            var last = page[^1];
            next = cursors.Encode(SortKey, "", new CursorPosition(last.PublishedAt!.Value.Ticks.ToString(CultureInfo.InvariantCulture), last.Id));
            ArticleListing.AddNextLink(http, ("cursor", next));
        }

        SurrogateKeys.Add(http, SurrogateKeys.Articles);
        var data = page.Select(row => new SitemapEntry(row.Slug, site.Value.CanonicalUrl(row.Slug, row.Language), row.UpdatedAt, row.Language)).ToList();
        return TypedResults.Ok(new PageResponse<SitemapEntry>(data, new PageMeta { Limit = size, NextCursor = next }));
    }
}
