using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Features.Syndication;
using ContentApi.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

/// <summary>
/// Makes scheduled articles go live. The schedule is the articles' own <c>scheduled_at</c>, so a restart loses
/// nothing: the first poll after it publishes whatever fell due meanwhile. Each due article is claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so several instances never publish one twice and never wait on an editor's write.
/// </summary>
internal sealed partial class ScheduledPublisher(
    IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    public const string SavedBy = "scheduler";
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Publishing:PollInterval", TimeSpan.FromSeconds(1));
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            do
            {
                try
                {
                    // A full batch means more may be due: go again at once.
                    while (await PublishDueAsync(stoppingToken) == BatchSize)
                    {
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The database may be away; the schedule is still in it, and the next tick tries again.
                    LogFailed(logger, exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Publishes one batch of due articles in one transaction; returns how many went live.</summary>
    internal async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var events = scope.ServiceProvider.GetRequiredService<ArticleEvents>();
        var now = clock.GetUtcNow().UtcDateTime;

        var published = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var due = await db.Database.SqlQuery<Guid>($"""
                SELECT id AS "Value" FROM articles
                WHERE status = 'scheduled' AND scheduled_at <= {now}
                ORDER BY scheduled_at
                LIMIT {BatchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct);
            if (due.Count == 0)
            {
                return new List<Article>();
            }

            var articles = await db.Articles.AsTracking()
                .Include(article => article.Authors).Include(article => article.Tags).Include(article => article.RelatedLinks)
                .AsSplitQuery()
                .Where(article => due.Contains(article.Id))
                .ToListAsync(ct);
            var live = new List<Article>();
            foreach (var article in articles.Where(article => article.GoLiveIfDue(now)))
            {
                await ArticleRevisions.AddAsync(db, article, keyId: null, SavedBy, now, isNew: false, ct);
                events.Record(db, article, wasSyndicated: false, ArticleEvent.Published);
                live.Add(article);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return live;
        }, cancellationToken);

        if (published.Count > 0)
        {
            await scope.ServiceProvider.GetRequiredService<ContentCache>().ContentChangedAsync(cancellationToken);
            foreach (var article in published)
            {
                LogPublished(logger, article.Id, article.Slug, article.PublishedAt);
            }
        }

        return published.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit: scheduler published article {ArticleId} ({Slug}) as of {PublishedAt:o}")]
    private static partial void LogPublished(ILogger logger, Guid articleId, string slug, DateTime? publishedAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled publishing failed; retrying at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
