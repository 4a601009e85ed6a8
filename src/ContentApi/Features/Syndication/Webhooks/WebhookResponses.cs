using System.Text.Json;
using ContentApi.Domain.Webhooks;

namespace ContentApi.Features.Syndication.Webhooks;

/// <summary>A registered webhook. The secret is shown only when it is created.</summary>
public sealed record WebhookResponse(Guid Id, string Url, IReadOnlyList<string> Events, DateTime CreatedAt, WebhookDeliveryCounts Deliveries);

/// <summary>How many of a webhook's deliveries wait, went through, or gave up after every attempt.</summary>
public sealed record WebhookDeliveryCounts(long Pending, long Succeeded, long Failed);

/// <summary>The answer to registering: the only time <c>secret</c> is shown.</summary>
public sealed record CreatedWebhookResponse(Guid Id, string Url, IReadOnlyList<string> Events, DateTime CreatedAt, string Secret);

/// <summary>One event sent (or being sent) to one webhook, with every attempt made.</summary>
public sealed record WebhookDeliveryResponse(
    Guid Id,
    Guid EventId,
    string Event,
    DeliveryStatus Status,
    int AttemptCount,
    DateTime CreatedAt,
    DateTime? NextAttemptAt,
    DateTime? CompletedAt,
    JsonElement Payload,
    IReadOnlyList<WebhookAttemptResponse> Attempts);

/// <summary>One POST to the receiver: its status code (null when none came back), how long it took, and what went wrong.</summary>
public sealed record WebhookAttemptResponse(int Number, DateTime AttemptedAt, int? StatusCode, long DurationMs, string? Error);

/// <summary>What the deliveries query selects; the payload is parsed once it is out of the database.</summary>
internal sealed record WebhookDeliveryRow(
    Guid Id, Guid EventId, string Event, DeliveryStatus Status, int AttemptCount, DateTime CreatedAt, DateTime NextAttemptAt,
    DateTime? CompletedAt, string Payload, List<WebhookAttemptResponse> Attempts)
{
    public WebhookDeliveryResponse ToResponse()
    {
        using var payload = JsonDocument.Parse(Payload);
        return new WebhookDeliveryResponse(Id, EventId, Event, Status, AttemptCount, CreatedAt,
            Status == DeliveryStatus.Pending ? NextAttemptAt : null, CompletedAt, payload.RootElement.Clone(), Attempts);
    }
}
