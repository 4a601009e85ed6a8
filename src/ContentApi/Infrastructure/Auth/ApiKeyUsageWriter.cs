using ContentApi.Data;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Infrastructure.Auth;

/// <summary>Writes keys' request counts and last-used times every few seconds, instead of one UPDATE per request.</summary>
internal sealed partial class ApiKeyUsageWriter(ApiKeyStore store, IDbContextFactory<ContentDbContext> contexts, ILogger<ApiKeyUsageWriter> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }

        // Whatever was counted since the last tick is written on the way out.
        await FlushAsync(CancellationToken.None);
    }

    private async Task FlushAsync(CancellationToken cancellationToken) =>
        await store.WithUsageSettledAsync(async () =>
        {
            await WriteAsync(cancellationToken);
            return true;
        }, CancellationToken.None);

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        var usage = store.TakeUsage();
        if (usage.Count == 0)
        {
            return;
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            foreach (var (id, used) in usage)
            {
                await db.ApiKeys.Where(key => key.Id == id).ExecuteUpdateAsync(
                    set => set
                        .SetProperty(key => key.RequestCount, key => key.RequestCount + used.Count)
                        .SetProperty(key => key.LastUsedAt, used.LastUsedAt),
                    cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Usage statistics are not worth failing over; the counts of this batch are lost, the service goes on.
            LogFlushFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write API key usage")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);
}
