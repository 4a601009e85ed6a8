namespace ContentApi.Features.Syndication;

/// <summary>Feeds and the change feed (section <c>Syndication</c>).</summary>
public sealed class SyndicationOptions
{
    public const string Section = "Syndication";

    /// <summary>
    /// Keys the MAC on change-feed tokens, so a mistyped or edited token is a 400 instead of a silently skipped
    /// change. Tokens carry no secret; a deployment that wants them unforgeable sets its own key. Changing it makes
    /// the tokens already given out invalid, so mirrors start again from the beginning.
    /// </summary>
    public string TokenKey { get; set; } = "contentapi-change-feed-v1";

    /// <summary>What feeds tell browsers, feed readers and CDNs about caching them.</summary>
    public string FeedCacheControl { get; set; } = "public, max-age=60, stale-while-revalidate=300";
}
