using ContentApi.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace ContentApi.Features.Syndication.Feeds;

/// <summary>
/// Feeds are the same for every caller (published, syndicatable articles only, whatever the key), so one cached copy
/// per filter serves anonymous readers and keyed partners alike; the framework's default policy would skip every
/// request that carries a key. Entries are tagged <see cref="ContentCache.ContentTag"/>: any write evicts them.
/// </summary>
internal sealed class FeedCachePolicy : IOutputCachePolicy
{
    public static readonly string[] VaryByQuery = ["type", "tag", "author", "lang"];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var method = context.HttpContext.Request.Method;
        var cacheable = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.Tags.Add(ContentCache.ContentTag);
        context.CacheVaryByRules.QueryKeys = VaryByQuery;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Only whole feeds are kept: never a 304, a 400 for a bad filter or a problem.
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
