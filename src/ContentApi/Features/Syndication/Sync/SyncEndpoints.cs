using System.ComponentModel;
using System.Text.Json.Serialization;
using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Features.Articles;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Errors;
using ContentApi.Infrastructure.Site;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Syndication.Sync;

/// <summary>
/// One change for a mirror: <c>upsert</c> carries the whole article as it is now (body and related links included);
/// <c>delete</c> carries the id, slug and language of an article that left the syndicated set.
/// </summary>
public sealed record SyncEntry(
    string Action,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ArticleResponse? Article,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Slug,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Language);

/// <summary><c>nextToken</c> always comes back, also at the end: poll with it to hear of later changes.</summary>
public sealed record SyncMeta(string NextToken, bool HasMore);

public sealed record SyncResponse(IReadOnlyList<SyncEntry> Data, SyncMeta Meta);

/// <summary>
/// The change feed mirrors follow (<c>GET /api/v1/sync</c>).
/// </summary>
/// <remarks>
/// <para>Order and gaps. Entries are ordered by (writing transaction id, change id), and only entries written by
/// transactions older than the oldest transaction still running (<c>pg_snapshot_xmin</c>) are served. Every
/// transaction below that horizon has finished, and any transaction that writes later gets a larger id, so nothing
/// can ever appear behind a token a client already holds: a slow writer that took its id before a fast one
/// committed is waited for instead of skipped. The price is that a long-running transaction delays the feed (never
/// loses from it).</para>
/// <para>Current state. Each entry is rendered from the article as it is at read time: an article that is
/// syndicated now is an <c>upsert</c> of its current version, anything else (deleted, unpublished, no longer
/// syndicatable) a <c>delete</c> with the id and the slug it had when partners last saw it. So every entry
/// of one article says the same thing, the order in which two writers' entries of one article happen to commit
/// cannot leave a mirror wrong, a draft is never rendered, and a page lists each article once (at its last entry).
/// Following the tokens from the beginning to the end reproduces exactly the published, syndicatable set.</para>
/// </remarks>
public static class SyncEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static IEndpointRouteBuilder MapSync(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/sync", GetChanges)
            .WithTags("Syndication")
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy)
            .WithName("GetChanges")
            .WithSummary("The change feed for mirrors: upserts and deletes of syndicated articles, in order, from a token")
            .ProducesValidationProblem();
        return app;
    }

    internal static async Task<Ok<SyncResponse>> GetChanges(
        [Description("meta.nextToken of the previous call; leave out to start from the beginning.")] string? since,
        [Description("Changes per page, 1–500 (default 100).")] int? limit,
        ContentDbContext db,
        IOptions<SiteOptions> site,
        IOptions<SyndicationOptions> options,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var size = limit ?? DefaultLimit;
        if (size is < 1 or > MaxLimit)
        {
            throw new ValidationProblemException("limit", $"limit must be a whole number from 1 to {MaxLimit}.");
        }

        var key = options.Value.TokenKey;
        var from = SyncToken.Beginning;
        if (since is not null && !SyncToken.TryParse(since, key, out from))
        {
            throw new ValidationProblemException("since", "This token is not one this API gave out. Use meta.nextToken as it came, or leave since out to start from the beginning.");
        }

        var rows = await db.ArticleChanges
            .FromSql($"""
                SELECT * FROM article_changes
                WHERE (transaction_id, id) > ({from.TransactionId}, {from.ChangeId})
                  AND transaction_id < (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint
                ORDER BY transaction_id, id
                LIMIT {size + 1}
                """)
            .ToListAsync(cancellationToken);

        var hasMore = rows.Count > size;
        var page = rows.Take(size).ToList();
        var articleIds = page.Select(change => change.ArticleId).Distinct().ToList();
        // One statement, each body once: the lists come back as JSON (see ArticleSqlRow). None for an empty page,
        // the answer a mirror that is up to date gets every time it polls.
        var current = articleIds.Count == 0
            ? []
            : await db.Articles
                .Where(article => articleIds.Contains(article.Id) && article.Status == ArticleStatus.Published && article.Syndicatable)
                .Select(ArticleProjection.Row(db, editor: false, includeBody: true, includeLinks: true))
                .ToDictionaryAsync(row => row.Article.Id, row => row.ToArticleRow(), cancellationToken);

        // Each article once, at its last entry on the page, rendered as it is now (see the remarks above).
        var lastEntry = page.Select((change, index) => (change, index)).GroupBy(entry => entry.change.ArticleId).Select(group => group.Last());
        var data = lastEntry.OrderBy(entry => entry.index)
            .Select(entry => current.TryGetValue(entry.change.ArticleId, out var row)
                ? new SyncEntry("upsert", row.ToResponse(site.Value), null, null, null)
                : new SyncEntry("delete", null, entry.change.ArticleId, entry.change.Slug, entry.change.Language))
            .ToList();

        var next = page.Count > 0 ? new SyncToken(page[^1].TransactionId, page[^1].Id) : from;
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new SyncResponse(data, new SyncMeta(next.Format(key), hasMore)));
    }
}
