using Microsoft.AspNetCore.OutputCaching;

namespace ContentApi.Infrastructure.Caching;

/// <summary>
/// The server-side cache of public reads. Every cached response carries the <see cref="ContentTag"/>; any write to
/// articles, authors or tags evicts them all at once, so no list, page or feed is ever stale after a write.
/// </summary>
public sealed class ContentCache(IOutputCacheStore store)
{
    public const string ContentTag = "content";

    /// <summary>Call after a write has committed.</summary>
    public ValueTask ContentChangedAsync(CancellationToken cancellationToken) =>
        store.EvictByTagAsync(ContentTag, cancellationToken);
}
