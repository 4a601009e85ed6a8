namespace ContentApi.Domain.Webhooks;

public enum DeliveryStatus
{
    Pending,
    Succeeded,

    /// <summary>Every attempt failed; no more will be made.</summary>
    Failed,
}

/// <summary>
/// One event for one webhook: the outbox row, written in the transaction that made the change, then delivered
/// at least once by the dispatcher, which records every attempt.
/// </summary>
public sealed class WebhookDelivery
{
    private readonly List<WebhookAttempt> _attempts = [];

    private WebhookDelivery()
    {
    }

    public Guid Id { get; private set; }
    public Guid WebhookId { get; private set; }

    /// <summary>The same for every webhook that receives the event, so receivers can de-duplicate.</summary>
    public Guid EventId { get; private set; }
    public string Event { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public DeliveryStatus Status { get; private set; }
    public int AttemptCount { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public DateTime? CompletedAt { get; private set; }
    public IReadOnlyList<WebhookAttempt> Attempts => _attempts;

    public static WebhookDelivery Create(Guid webhookId, Guid eventId, string eventName, string payload, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        WebhookId = webhookId,
        EventId = eventId,
        Event = eventName,
        Payload = payload,
        Status = DeliveryStatus.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>
    /// Queues a finished delivery (failed for good, or delivered but lost on the partner's side) for one more attempt
    /// at once; the attempts so far stay in its log. Returns false when it is still pending.
    /// </summary>
    public bool Redeliver(DateTime now)
    {
        if (Status == DeliveryStatus.Pending)
        {
            return false;
        }

        Status = DeliveryStatus.Pending;
        NextAttemptAt = now;
        CompletedAt = null;
        return true;
    }

    /// <summary>Records an attempt; a failure is retried after <paramref name="retryAfter"/> until <paramref name="maxAttempts"/>.</summary>
    public WebhookAttempt RecordAttempt(DateTime at, int? statusCode, long durationMs, string? error, int maxAttempts, TimeSpan retryAfter)
    {
        AttemptCount++;
        var attempt = new WebhookAttempt(Id, AttemptCount, at, statusCode, durationMs, error);
        _attempts.Add(attempt);
        if (attempt.Succeeded)
        {
            Status = DeliveryStatus.Succeeded;
            CompletedAt = at;
        }
        else if (AttemptCount >= maxAttempts)
        {
            Status = DeliveryStatus.Failed;
            CompletedAt = at;
        }
        else
        {
            NextAttemptAt = at + retryAfter;
        }

        return attempt;
    }
}

public sealed class WebhookAttempt(Guid deliveryId, int number, DateTime attemptedAt, int? statusCode, long durationMs, string? error)
{
    public Guid DeliveryId { get; private set; } = deliveryId;
    public int Number { get; private set; } = number;
    public DateTime AttemptedAt { get; private set; } = attemptedAt;
    public int? StatusCode { get; private set; } = statusCode;
    public long DurationMs { get; private set; } = durationMs;
    public string? Error { get; private set; } = error;

    public bool Succeeded => StatusCode is >= 200 and < 300;
}
