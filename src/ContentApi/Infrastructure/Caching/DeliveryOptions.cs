namespace ContentApi.Infrastructure.Caching;

/// <summary>How public reads are served and cached (section <c>Delivery</c>).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>
    /// The documented default for <see cref="CursorSecret"/>. Cursors only point into public lists, so a known secret
    /// lets nobody see more than they could by paging; set your own so cursors cannot be forged at all.
    /// </summary>
    public const string DefaultCursorSecret = "contentapi-default-cursor-secret-change-me";

    /// <summary>Every read needs at least a reader key; then no response is public or stored server-side.</summary>
    public bool RequireApiKey { get; set; }

    /// <summary>The HMAC-SHA256 key that makes list cursors tamper-evident.</summary>
    public string CursorSecret { get; set; } = DefaultCursorSecret;

    /// <summary>Cache-Control max-age of public responses, in seconds.</summary>
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary>Cache-Control stale-while-revalidate of public responses, in seconds.</summary>
    public int StaleWhileRevalidateSeconds { get; set; } = 300;

    /// <summary>
    /// How long the server keeps a public response. Writes evict at once, so this only bounds memory and the
    /// time a scheduled article can wait for a scheduler that does not announce itself.
    /// </summary>
    public int ServerCacheSeconds { get; set; } = 300;

    /// <summary>
    /// A search's <c>meta.total</c> counts at most this many matches; past it, the total is this number and
    /// <c>meta.totalIsLowerBound</c> is true. Every match of a common word is a lot of reading (the vectors live out of
    /// line): "police" at 1M articles (550,000 matches) took 18 s to count, counting to 10,000 takes ~0.4 s.
    /// </summary>
    public int SearchTotalLimit { get; set; } = 10_000;

    /// <summary>Keep public responses in the server-side output cache; off serves every read fresh (the benchmark's "uncached" runs).</summary>
    public bool OutputCache { get; set; } = true;

    public string PublicCacheControl => $"public, max-age={MaxAgeSeconds}, stale-while-revalidate={StaleWhileRevalidateSeconds}";
}
