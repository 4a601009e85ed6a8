using Microsoft.AspNetCore.OutputCaching;

namespace ContentApi.Infrastructure.Caching;

/// <summary>
/// The server-side cache of public reads. Every cached response carries the <see cref="ContentTag"/>; any write to
/// articles, authors or tags evicts them all at once, so no list, page or feed is ever stale after a write.
/// </summary>
public sealed class ContentCache(IOutputCacheStore store)
{
    public const string ContentTag = "content";

    private long _generation;

    /// <summary>
    /// Goes up with every content change. Cache keys include it (output cache entries vary by it, cached counts are
    /// keyed by it), so a response computed from data read before a write, but stored after the write's eviction,
    /// is filed under the old generation and never served again.
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Call after a write has committed.</summary>
    public ValueTask ContentChangedAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _generation);
        return store.EvictByTagAsync(ContentTag, cancellationToken);
    }
}
