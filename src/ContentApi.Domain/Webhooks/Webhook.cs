namespace ContentApi.Domain.Webhooks;

/// <summary>The events a webhook can subscribe to, as their wire names.</summary>
public static class WebhookEvents
{
    public const string Published = "article.published";
    public const string Updated = "article.updated";
    public const string Unpublished = "article.unpublished";
    public const string Deleted = "article.deleted";

    public static readonly IReadOnlyList<string> All = [Published, Updated, Unpublished, Deleted];
}

/// <summary>A partner's endpoint that receives signed article events.</summary>
public sealed class Webhook
{
    private Webhook()
    {
    }

    public Guid Id { get; private set; }
    public string Url { get; private set; } = "";
    public List<string> Events { get; private set; } = [];

    /// <summary>Signs each delivery's body (HMAC-SHA256); the partner checks it with the same secret.</summary>
    public string Secret { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    public static Webhook Create(string url, IEnumerable<string> events, string secret, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        Url = url,
        Events = [.. events.Distinct()],
        Secret = secret,
        CreatedAt = now,
    };

    public bool Wants(string eventName) => Events.Contains(eventName);
}
