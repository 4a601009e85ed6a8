using ContentApi.Data;
using ContentApi.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace ContentApi.Features.Syndication.Webhooks;

/// <summary>A delivery the dispatcher has claimed, with what it needs to send it.</summary>
internal sealed record ClaimedDelivery(Guid Id, Guid WebhookId, Guid EventId, string Event, string Payload, int AttemptCount, string Url, string Secret);

/// <summary>
/// The outbox table as a queue. Claiming pushes a delivery's <c>next_attempt_at</c> a lease ahead, so no other copy
/// of the service takes it while it is in flight, and a copy that dies mid-delivery leaves it due again once the lease
/// runs out: nothing is lost, at worst it is sent twice (receivers de-duplicate by event id).
/// </summary>
internal sealed class WebhookQueue(NpgsqlDataSource dataSource, IDbContextFactory<ContentDbContext> contexts)
{
    // Due deliveries, oldest first, at most `perWebhook - in flight` for each receiver and `free` in all; locked rows
    // (being claimed by another copy right now) are skipped, and the WHERE is checked again on the locked version.
    private const string ClaimSql = """
        WITH candidates AS (
            SELECT id, webhook_id, next_attempt_at FROM webhook_deliveries
            WHERE status = 'pending' AND next_attempt_at <= @now
            ORDER BY next_attempt_at LIMIT 1000
        ), ranked AS (
            SELECT c.id, c.next_attempt_at,
                   row_number() OVER (PARTITION BY c.webhook_id ORDER BY c.next_attempt_at, c.id) AS rank,
                   coalesce(busy.in_flight, 0) AS in_flight
            FROM candidates c
            LEFT JOIN unnest(@busy_webhooks, @busy_counts) AS busy(webhook_id, in_flight) ON busy.webhook_id = c.webhook_id
        ), wanted AS (
            SELECT id FROM ranked WHERE rank + in_flight <= @per_webhook ORDER BY next_attempt_at, id LIMIT @free
        ), locked AS (
            SELECT d.id FROM webhook_deliveries d JOIN wanted w ON w.id = d.id
            WHERE d.status = 'pending' AND d.next_attempt_at <= @now
            FOR UPDATE OF d SKIP LOCKED
        )
        UPDATE webhook_deliveries d SET next_attempt_at = @lease_until
        FROM locked l, webhooks h
        WHERE d.id = l.id AND h.id = d.webhook_id
        RETURNING d.id, d.webhook_id, d.event_id, d.event, d.payload::text, d.attempt_count, h.url, h.secret
        """;

    public async Task<List<ClaimedDelivery>> ClaimAsync(
        int free, int perWebhook, IReadOnlyDictionary<Guid, int> busy, DateTime now, DateTime leaseUntil, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = now });
        command.Parameters.Add(new NpgsqlParameter("lease_until", NpgsqlDbType.TimestampTz) { Value = leaseUntil });
        command.Parameters.Add(new NpgsqlParameter("busy_webhooks", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = busy.Keys.ToArray() });
        command.Parameters.Add(new NpgsqlParameter("busy_counts", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = busy.Values.ToArray() });
        command.Parameters.Add(new NpgsqlParameter("per_webhook", NpgsqlDbType.Integer) { Value = perWebhook });
        command.Parameters.Add(new NpgsqlParameter("free", NpgsqlDbType.Integer) { Value = free });

        var claimed = new List<ClaimedDelivery>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new ClaimedDelivery(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3), reader.GetString(4),
                reader.GetInt32(5), reader.GetString(6), reader.GetString(7)));
        }

        return claimed;
    }

    /// <summary>
    /// Records an attempt through the domain (which decides: done, failed for good, or retry later). Returns false
    /// when the delivery moved on meanwhile (another copy took it after the lease ran out and recorded first).
    /// </summary>
    public async Task<bool> RecordAsync(
        ClaimedDelivery claimed, DateTime at, int? statusCode, long durationMs, string? error, int maxAttempts, TimeSpan retryAfter,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var delivery = await db.WebhookDeliveries.AsTracking()
            .FirstOrDefaultAsync(d => d.Id == claimed.Id && d.Status == DeliveryStatus.Pending && d.AttemptCount == claimed.AttemptCount, cancellationToken);
        if (delivery is null)
        {
            return false;
        }

        delivery.RecordAttempt(at, statusCode, durationMs, error, maxAttempts, retryAfter);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return false;
        }
    }

    /// <summary>
    /// Deletes the deliveries that finished before <paramref name="finishedBefore"/> (their attempts go with them), a
    /// thousand at a time so no statement holds many row locks for long. Returns how many.
    /// </summary>
    public async Task<int> PruneAsync(DateTime finishedBefore, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = 0;
        while (true)
        {
            var deleted = await db.WebhookDeliveries
                .Where(d => d.Status != DeliveryStatus.Pending && d.CompletedAt < finishedBefore)
                .OrderBy(d => d.CompletedAt)
                .Take(1000)
                .ExecuteDeleteAsync(cancellationToken);
            total += deleted;
            if (deleted < 1000)
            {
                return total;
            }
        }
    }

    /// <summary>Makes a delivery due at once again: the service is stopping with it in flight.</summary>
    public async Task ReleaseAsync(ClaimedDelivery claimed, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.WebhookDeliveries
            .Where(d => d.Id == claimed.Id && d.Status == DeliveryStatus.Pending && d.AttemptCount == claimed.AttemptCount)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.NextAttemptAt, now), cancellationToken);
    }
}
