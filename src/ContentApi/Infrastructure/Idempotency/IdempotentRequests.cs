using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContentApi.Data;
using ContentApi.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ContentApi.Infrastructure.Idempotency;

/// <summary>
/// The Idempotency-Key header on creates (IETF draft "The Idempotency-Key HTTP Header Field"): the first successful
/// response is stored with the create, in its transaction, and replayed to retries of the same request; the same key
/// with another request is 422. Keys are scoped to the API key that sent them and kept for a day.
/// </summary>
public static class IdempotentRequests
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    public const int MaxKeyLength = 255;
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    /// <summary>Null when no key was sent; a 400 naming the header when it is unusable.</summary>
    public static string? ReadKey(string? header)
    {
        if (header is null)
        {
            return null;
        }

        var key = header.Trim();
        if (key.Length is 0 or > MaxKeyLength || key.Any(char.IsControl))
        {
            throw new ValidationProblemException(HeaderName, $"An Idempotency-Key is 1–{MaxKeyLength} printable characters; a UUID is a good choice.");
        }

        return key;
    }

    /// <summary>What makes two requests "the same": method, path and the body as the service understood it.</summary>
    public static string Fingerprint(HttpRequest request, object body, JsonSerializerOptions options)
    {
        var canonical = $"{request.Method} {request.Path}\n{JsonSerializer.Serialize(body, body.GetType(), options)}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>The stored response for a retry, or null when this key is new; 422 when it was used for another request.</summary>
    public static async Task<IdempotentReplay?> FindAsync(ContentDbContext db, Guid apiKeyId, string key, string fingerprint, DateTime now, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords
            .FirstOrDefaultAsync(r => r.ApiKeyId == apiKeyId && r.Key == key && r.CreatedAt > now - KeptFor, cancellationToken);
        if (record is null)
        {
            return null;
        }

        if (record.RequestHash != fingerprint)
        {
            throw new ProblemException(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused",
                "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
        }

        return new IdempotentReplay(record.StatusCode, record.ResponseBody, record.Location, record.ETag);
    }

    /// <summary>Adds the record for a new key; an expired record of the same key is removed first.</summary>
    public static async Task<IdempotencyRecord> StartAsync(ContentDbContext db, Guid apiKeyId, string key, string fingerprint, DateTime now, CancellationToken cancellationToken)
    {
        await db.IdempotencyRecords.Where(r => r.ApiKeyId == apiKeyId && r.Key == key && r.CreatedAt <= now - KeptFor)
            .ExecuteDeleteAsync(cancellationToken);
        var record = new IdempotencyRecord { ApiKeyId = apiKeyId, Key = key, RequestHash = fingerprint, CreatedAt = now };
        db.IdempotencyRecords.Add(record);
        return record;
    }

    /// <summary>A concurrent request with the same key committed first: this one should replay it.</summary>
    public static bool IsDuplicate(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "pk_idempotency_records" };
}

/// <summary>Replays a stored response exactly: status, body, Location and ETag, marked as a replay.</summary>
public sealed record IdempotentReplay(int StatusCode, string Body, string? Location, string? ETag) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.Headers[IdempotentRequests.ReplayedHeaderName] = "true";
        if (Location is not null)
        {
            response.Headers.Location = Location;
        }

        if (ETag is not null)
        {
            response.Headers.ETag = ETag;
        }

        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(Body, httpContext.RequestAborted);
    }
}

/// <summary>Deletes idempotency records once they are too old to be replayed.</summary>
internal sealed class IdempotencyRecordSweeper(IDbContextFactory<ContentDbContext> contexts, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var cutoff = clock.GetUtcNow().UtcDateTime - IdempotentRequests.KeptFor;
                try
                {
                    await using var db = await contexts.CreateDbContextAsync(stoppingToken);
                    await db.IdempotencyRecords.Where(r => r.CreatedAt <= cutoff).ExecuteDeleteAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The next hour tries again; old records only take space, they are never replayed.
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
