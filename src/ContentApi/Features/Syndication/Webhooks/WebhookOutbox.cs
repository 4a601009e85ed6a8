using System.Runtime.CompilerServices;
using System.Text.Json;
using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Domain.Webhooks;
using ContentApi.Features.Articles;
using ContentApi.Infrastructure.Json;
using ContentApi.Infrastructure.Site;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Syndication.Webhooks;

/// <summary>What a receiver gets: the event id (the same for every webhook, to de-duplicate), the event and the card.</summary>
public sealed record WebhookPayload(Guid Id, string Event, DateTime OccurredAt, ArticleResponse Article);

/// <summary>
/// The transactional outbox: while a SaveChanges that carries <see cref="ArticleEvents"/> runs, adds one
/// <see cref="WebhookDelivery"/> per webhook subscribed to each event to the same unit of work, so the deliveries
/// commit with the change or not at all. <see cref="WebhookDispatcher"/> sends them afterwards.
/// </summary>
internal sealed class WebhookOutbox(IOptions<SiteOptions> site, WebhookSignal signal) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = CreateJsonOptions();

    /// <summary>Contexts whose current SaveChanges added deliveries: once it has saved, the dispatcher is woken.</summary>
    private static readonly ConditionalWeakTable<DbContext, object> Added = new();
    private static readonly object Marker = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ContentDbContext db)
        {
            await AddDeliveriesAsync(db, cancellationToken);
        }

        return result;
    }

    // A synchronous SaveChanges must not lose events either; Npgsql has no synchronisation context to deadlock on.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    // Inside a caller's own transaction nothing is committed yet; the dispatcher finds it at its next poll instead.
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && Added.Remove(context))
        {
            signal.Wake();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            Added.Remove(context);
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private async Task AddDeliveriesAsync(ContentDbContext db, CancellationToken cancellationToken)
    {
        var pending = db.ChangeTracker.Entries<ArticleChange>()
            .Where(entry => entry.State == EntityState.Added)
            .Select(entry => (Change: entry.Entity, Event: ArticleEvents.PendingFor(entry.Entity)))
            .Where(item => item.Event is not null)
            .ToList();
        if (pending.Count == 0)
        {
            return;
        }

        // Everything is built before anything is added, so a failed query leaves the unit of work as it was and a
        // second SaveChanges does it all again.
        var webhooks = await db.Webhooks.Select(webhook => new { webhook.Id, webhook.Events }).ToListAsync(cancellationToken);
        var deliveries = new List<WebhookDelivery>();
        foreach (var (_, change) in pending)
        {
            var subscribers = webhooks.Where(webhook => webhook.Events.Contains(change!.Event)).ToList();
            if (subscribers.Count == 0)
            {
                continue;
            }

            var card = await CardAsync(db, change!.Article, cancellationToken);
            var eventId = Guid.CreateVersion7(change.OccurredAt);
            var payload = JsonSerializer.Serialize(new WebhookPayload(eventId, change.Event, change.OccurredAt, card), Json);
            deliveries.AddRange(subscribers.Select(subscriber => WebhookDelivery.Create(subscriber.Id, eventId, change.Event, payload, change.OccurredAt)));
        }

        db.WebhookDeliveries.AddRange(deliveries);
        foreach (var (row, _) in pending)
        {
            ArticleEvents.Delivered(row);
        }

        if (deliveries.Count > 0)
        {
            Added.AddOrUpdate(db, Marker);
        }
    }

    /// <summary>
    /// The card of the article as this write leaves it (not as the database still has it): names of its authors and
    /// tags, and its published translations. A delete that did not load the byline falls back to the stored one.
    /// </summary>
    private async Task<ArticleResponse> CardAsync(ContentDbContext db, Article article, CancellationToken cancellationToken)
    {
        var authorIds = article.Authors.Count > 0
            ? article.Authors.OrderBy(author => author.Position).Select(author => author.AuthorId).ToList()
            : await db.ArticleAuthors.Where(author => author.ArticleId == article.Id).OrderBy(author => author.Position)
                .Select(author => author.AuthorId).ToListAsync(cancellationToken);
        var tagIds = article.Tags.Count > 0
            ? article.Tags.OrderBy(tag => tag.Position).Select(tag => tag.TagId).ToList()
            : await db.ArticleTags.Where(tag => tag.ArticleId == article.Id).OrderBy(tag => tag.Position)
                .Select(tag => tag.TagId).ToListAsync(cancellationToken);

        var authors = await db.Authors.Where(author => authorIds.Contains(author.Id))
            .Select(author => new ArticleAuthorResponse(author.Id, author.Slug, author.Name)).ToListAsync(cancellationToken);
        var tags = await db.Tags.Where(tag => tagIds.Contains(tag.Id))
            .Select(tag => new ArticleTagResponse(tag.Id, tag.Slug, tag.Name, tag.Kind)).ToListAsync(cancellationToken);
        var translations = await db.Articles
            .Where(other => other.TranslationGroupId == article.TranslationGroupId && other.Id != article.Id && other.Status == ArticleStatus.Published)
            .OrderBy(other => other.Language)
            .Select(other => new TranslationRow(other.Language, other.Slug)).ToListAsync(cancellationToken);

        var primary = tags.Find(tag => tag.Id == article.PrimaryTagId);
        var row = new ArticleRow
        {
            Id = article.Id,
            Slug = article.Slug,
            Type = article.Type,
            Title = article.Title,
            Summary = article.Summary,
            Language = article.Language,
            Status = article.Status,
            PublishedAt = article.PublishedAt,
            ScheduledAt = null,
            UpdatedAt = article.UpdatedAt,
            Syndicatable = article.Syndicatable,
            WordCount = article.WordCount,
            Version = article.Version,
            PrimaryTag = primary is null ? null : new PrimaryTagResponse(primary.Slug, primary.Name, primary.Kind),
            Authors = [.. authorIds.Select(id => authors.Find(author => author.Id == id)).OfType<ArticleAuthorResponse>()],
            Tags = [.. tagIds.Select(id => tags.Find(tag => tag.Id == id)).OfType<ArticleTagResponse>()],
            Translations = translations,
        };
        return row.ToResponse(site.Value);
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonSetup.Configure(options);
        return options;
    }
}
