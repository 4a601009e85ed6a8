using System.ComponentModel;
using System.Security.Cryptography;
using ContentApi.Data;
using ContentApi.Features.Articles;
using ContentApi.Features.Articles.Listing;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Site;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Features.Syndication.Feeds;

/// <summary>The partner feeds: the newest published, syndicatable articles as RSS 2.0, Atom 1.0 and JSON Feed 1.1.</summary>
public static class FeedsEndpoints
{
    /// <summary>Entries per feed.</summary>
    public const int Size = 50;

    public const string RssType = "application/rss+xml; charset=utf-8";
    public const string AtomType = "application/atom+xml; charset=utf-8";
    public const string JsonFeedType = "application/feed+json; charset=utf-8";

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/feeds")
            .WithTags("Syndication")
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy)
            .CacheOutput(new FeedCachePolicy());

        group.MapGet("/articles.rss", GetRss)
            .WithName("GetRssFeed")
            .WithSummary("RSS 2.0 feed of the newest 50 syndicatable articles, full body (content:encoded) with attribution")
            .Produces<string>(StatusCodes.Status200OK, "application/rss+xml")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();

        group.MapGet("/articles.atom", GetAtom)
            .WithName("GetAtomFeed")
            .WithSummary("Atom 1.0 feed of the newest 50 syndicatable articles, full body with attribution")
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();

        group.MapGet("/articles.json", GetJsonFeed)
            .WithName("GetJsonFeed")
            .WithSummary("JSON Feed 1.1 of the newest 50 syndicatable articles, full body with attribution")
            .Produces<string>(StatusCodes.Status200OK, "application/feed+json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();

        return app;
    }

    internal static Task<Results<FileContentHttpResult, StatusCodeHttpResult>> GetRss(
        [Description("Article types, comma = any of: brief,news,analysis,investigation,report,organization.")] string? type,
        [Description("Tag slugs: a,b = both; a|b = either; -a = not a.")] string? tag,
        [Description("Author slugs, comma = any of.")] string? author,
        [Description("Language (en, es …).")] string? lang,
        ContentDbContext db, FilterIdResolver filterIds, IOptions<SiteOptions> site, IOptions<SyndicationOptions> options, HttpContext http,
        CancellationToken cancellationToken) =>
        ServeAsync(FeedQuery.Parse(type, tag, author, lang, site.Value), RssType, FeedDocument.Rss, db, filterIds, site.Value, options.Value, http, cancellationToken);

    internal static Task<Results<FileContentHttpResult, StatusCodeHttpResult>> GetAtom(
        [Description("Article types, comma = any of: brief,news,analysis,investigation,report,organization.")] string? type,
        [Description("Tag slugs: a,b = both; a|b = either; -a = not a.")] string? tag,
        [Description("Author slugs, comma = any of.")] string? author,
        [Description("Language (en, es …).")] string? lang,
        ContentDbContext db, FilterIdResolver filterIds, IOptions<SiteOptions> site, IOptions<SyndicationOptions> options, HttpContext http,
        CancellationToken cancellationToken) =>
        ServeAsync(FeedQuery.Parse(type, tag, author, lang, site.Value), AtomType, FeedDocument.Atom, db, filterIds, site.Value, options.Value, http, cancellationToken);

    internal static Task<Results<FileContentHttpResult, StatusCodeHttpResult>> GetJsonFeed(
        [Description("Article types, comma = any of: brief,news,analysis,investigation,report,organization.")] string? type,
        [Description("Tag slugs: a,b = both; a|b = either; -a = not a.")] string? tag,
        [Description("Author slugs, comma = any of.")] string? author,
        [Description("Language (en, es …).")] string? lang,
        ContentDbContext db, FilterIdResolver filterIds, IOptions<SiteOptions> site, IOptions<SyndicationOptions> options, HttpContext http,
        CancellationToken cancellationToken) =>
        ServeAsync(FeedQuery.Parse(type, tag, author, lang, site.Value), JsonFeedType, JsonFeed.Write, db, filterIds, site.Value, options.Value, http, cancellationToken);

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> ServeAsync(
        ArticleListQuery query,
        string contentType,
        Func<FeedHeader, IReadOnlyList<ArticleResponse>, SiteOptions, byte[]> render,
        ContentDbContext db,
        FilterIdResolver filterIds,
        SiteOptions site,
        SyndicationOptions options,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        // One statement (after the filter's slugs become ids, once per content generation): the entries with their
        // lists as JSON (bodies once each, see ArticleSqlRow) and the last change-feed entry. An article leaving the
        // feed (unpublished, deleted) changes it without changing any entry's date: that entry catches it, so
        // If-Modified-Since never answers 304 for a feed that lost an entry.
        var ids = await filterIds.ResolveAsync(db, query, cancellationToken);
        var rows = ids.Matches
            ? await ArticleFilters.PlannedWithValues(db.Articles.Filter(query, ids, ArticleScope.All, site.SupportedLanguages), query, ids, ArticleScope.All)
                .Where(article => article.Syndicatable)
                .OrderBy(ArticleSort.PublishedAtDescending, ids.WalkIndex)
                .Take(Size)
                .Select(ArticleProjection.Row(db, editor: false, includeBody: true, includeLinks: false, includeLastChange: true))
                .ToListAsync(cancellationToken)
            : [];
        var articles = rows.Select(row => row.ToArticleRow().ToResponse(site)).ToList();

        // An empty feed has no row to carry the last change: the only case that needs a second statement.
        var lastChange = rows.Count > 0
            ? rows[0].LastChange
            : await db.ArticleChanges.OrderByDescending(change => change.Id).Select(change => (DateTime?)change.ChangedAt)
                .FirstOrDefaultAsync(cancellationToken);
        var lastModified = articles.Select(article => (DateTime?)article.UpdatedAt).Append(lastChange).Max();

        var filters = FeedQuery.Describe(query);
        var header = new FeedHeader(
            Title: filters.Length == 0 ? $"{site.PublisherName}: latest articles" : $"{site.PublisherName}: {filters}",
            Description: $"The newest {Size} articles from {site.PublisherName}{(filters.Length == 0 ? "" : $" ({filters})")}, "
                         + $"free to republish in full under {site.LicenseName} with the attribution each entry carries at its top and bottom.",
            SelfUrl: http.Request.GetEncodedUrl(),
            Language: query.Language,
            Updated: lastModified);
        var body = render(header, articles, site);

        var etag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(body), 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified is { } modified ? new DateTimeOffset(modified, TimeSpan.Zero) : null;
        http.Response.Headers.CacheControl = options.FeedCacheControl;
        http.Response.Headers["Surrogate-Key"] = "articles feeds";

        return IsNotModified(http.Request, etag, lastModified)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.File(body, contentType);
    }

    /// <summary>RFC 9110: If-None-Match decides when present (weak comparison); If-Modified-Since only without it.</summary>
    private static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag, DateTime? lastModified)
    {
        var conditions = request.GetTypedHeaders();
        if (conditions.IfNoneMatch is { Count: > 0 } ifNoneMatch)
        {
            return ifNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false));
        }

        return conditions.IfModifiedSince is { } since && lastModified is { } modified
            && new DateTimeOffset(modified.AddTicks(-(modified.Ticks % TimeSpan.TicksPerSecond)), TimeSpan.Zero) <= since;
    }
}
