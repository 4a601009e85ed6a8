using System.Runtime.CompilerServices;
using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Domain.Webhooks;

namespace ContentApi.Features.Syndication;

/// <summary>What happened to an article, as partners hear of it.</summary>
public enum ArticleEvent
{
    Published,
    Updated,
    Unpublished,
    Deleted,
}

/// <summary>
/// The one call every write makes after changing an article and before SaveChanges: it adds the change-feed entry
/// (and the webhook deliveries) to the same unit of work, so the change and its announcement commit together or
/// not at all.
/// </summary>
/// <remarks>
/// Partners only ever hear of syndicated articles (published and syndicatable): a draft, or a published article that
/// is not syndicatable, makes neither a change-feed entry nor a webhook event. What partners hear follows from what
/// they could see before and after the write, not from the editor's verb: publishing an already-syndicated article
/// again is an update to them, and turning <c>syndicatable</c> off is an unpublish.
/// </remarks>
public sealed class ArticleEvents(TimeProvider clock)
{
    /// <summary>
    /// The webhook event each change row announces, until <see cref="Webhooks.WebhookOutbox"/> turns it into deliveries while
    /// the same SaveChanges runs (it needs the subscribers and the card, which take queries this call cannot make).
    /// Keyed weakly by the row, so an abandoned unit of work leaves nothing behind.
    /// </summary>
    private static readonly ConditionalWeakTable<ArticleChange, PendingWebhookEvent> Pending = new();

    /// <param name="db">The context the write saves with.</param>
    /// <param name="article">The article after the change (for a delete: as it was).</param>
    /// <param name="wasSyndicated">Whether partners could see it before: published and syndicatable.</param>
    /// <param name="happened">What the write did.</param>
    public void Record(ContentDbContext db, Article article, bool wasSyndicated, ArticleEvent happened)
    {
        var isSyndicated = happened != ArticleEvent.Deleted && IsSyndicated(article);
        var webhookEvent = WebhookEventFor(wasSyndicated, isSyndicated, happened);
        if (webhookEvent is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var change = new ArticleChange(article.Id, isSyndicated ? ChangeAction.Upsert : ChangeAction.Delete, article.Slug, article.Language, now);
        db.ArticleChanges.Add(change);
        Pending.AddOrUpdate(change, new PendingWebhookEvent(article, webhookEvent, now));
    }

    /// <summary>Whether partners can see the article as it is now.</summary>
    public static bool IsSyndicated(Article article) => article.IsPublished && article.Syndicatable;

    /// <summary>The event partners hear of, or null when the article was and is out of their sight.</summary>
    public static string? WebhookEventFor(bool wasSyndicated, bool isSyndicated, ArticleEvent happened) => (wasSyndicated, isSyndicated) switch
    {
        (false, true) => WebhookEvents.Published,
        (true, true) => WebhookEvents.Updated,
        (true, false) => happened == ArticleEvent.Deleted ? WebhookEvents.Deleted : WebhookEvents.Unpublished,
        _ => null,
    };

    /// <summary>The webhook event a change row announces, until the outbox has turned it into deliveries.</summary>
    internal static PendingWebhookEvent? PendingFor(ArticleChange change) => Pending.TryGetValue(change, out var pending) ? pending : null;

    /// <summary>The outbox added the deliveries: a second SaveChanges of the same unit of work must not add them again.</summary>
    internal static void Delivered(ArticleChange change) => Pending.Remove(change);
}

/// <summary>A webhook event recorded by a write, waiting for its SaveChanges.</summary>
internal sealed record PendingWebhookEvent(Article Article, string Event, DateTime OccurredAt);
