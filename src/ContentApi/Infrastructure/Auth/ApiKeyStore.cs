using System.Collections.Concurrent;
using ContentApi.Data;
using ContentApi.Domain.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ContentApi.Infrastructure.Auth;

/// <summary>The caller a valid key stands for.</summary>
public sealed record ApiKeyIdentity(Guid Id, string Name, ApiKeyRole Role);

/// <summary>
/// Finds keys by secret, with a short cache so a read costs no key query, and counts their use in memory
/// (written to the database in batches by <see cref="ApiKeyUsageWriter"/>). Revoking evicts at once.
/// </summary>
public sealed class ApiKeyStore(IDbContextFactory<ContentDbContext> contexts, IMemoryCache cache, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<Guid, Usage> _usage = new();
    private readonly SemaphoreSlim _flushGate = new(1, 1);

    public async Task<ApiKeyIdentity?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        var prefix = ApiKey.LookupPrefixOf(secret);
        if (!cache.TryGetValue(CacheKey(prefix), out ApiKey? key))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.LookupPrefix == prefix, cancellationToken);
            cache.Set(CacheKey(prefix), key, CacheFor);
        }

        if (key is null || key.IsRevoked || !key.Matches(secret))
        {
            return null;
        }

        _usage.AddOrUpdate(key.Id, _ => new Usage(1, clock.GetUtcNow().UtcDateTime), (_, usage) => usage with
        {
            Count = usage.Count + 1,
            LastUsedAt = clock.GetUtcNow().UtcDateTime,
        });
        return new ApiKeyIdentity(key.Id, key.Name, key.Role);
    }

    /// <summary>Makes a revoked or changed key take effect on the next request.</summary>
    public void Evict(string lookupPrefix) => cache.Remove(CacheKey(lookupPrefix));

    /// <summary>Usage since the last call, which the caller persists.</summary>
    public IReadOnlyDictionary<Guid, Usage> TakeUsage()
    {
        var taken = new Dictionary<Guid, Usage>();
        foreach (var id in _usage.Keys)
        {
            if (_usage.TryRemove(id, out var usage))
            {
                taken[id] = usage;
            }
        }

        return taken;
    }

    /// <summary>Usage counted but not yet written, so the key list is exact between flushes.</summary>
    public Usage? PendingUsage(Guid keyId) => _usage.TryGetValue(keyId, out var usage) ? usage : null;

    /// <summary>
    /// Runs <paramref name="work"/> while no batch of usage is between memory and the database: the flush runs under
    /// the same gate, so stored counts plus <see cref="PendingUsage"/> never miss or double a request.
    /// </summary>
    public async Task<T> WithUsageSettledAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await _flushGate.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            _flushGate.Release();
        }
    }

    public void Dispose() => _flushGate.Dispose();

    private static string CacheKey(string prefix) => "api-key:" + prefix;

    public sealed record Usage(long Count, DateTime LastUsedAt);
}
