using System.ComponentModel.DataAnnotations;

namespace ContentApi.Features.Syndication.Webhooks;

/// <summary>How webhook deliveries are sent and retried (section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Whether this copy of the service sends deliveries; several copies may, they never send one twice at once.</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>How often the dispatcher looks for due deliveries when it found none.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one attempt may take, connecting included, before it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts per delivery before it is marked failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failure; it doubles after each further one (with jitter) up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.001", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Deliveries in flight at once, over all receivers.</summary>
    [Range(1, 1000)]
    public int MaxConcurrency { get; set; } = 32;

    /// <summary>Deliveries in flight at once to one receiver, so a slow one cannot take every slot.</summary>
    [Range(1, 100)]
    public int MaxConcurrencyPerWebhook { get; set; } = 4;

    /// <summary>
    /// Deliver to private, loopback and link-local addresses too (see <see cref="WebhookAddresses"/>). Off: a webhook
    /// must be on the public internet. On in Development, so a receiver on localhost works.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>
    /// How long a finished delivery (succeeded, or failed for good) stays in the delivery log with its attempts before
    /// the dispatcher deletes it; pending ones are never deleted. Thirty days, as Stripe keeps its event log.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan KeepDeliveriesFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the dispatcher deletes expired deliveries: hourly, or as often as they expire if sooner.</summary>
    public TimeSpan PruneInterval => KeepDeliveriesFor < TimeSpan.FromHours(1) ? KeepDeliveriesFor : TimeSpan.FromHours(1);

    /// <summary>
    /// A claimed delivery becomes due again after this long if its attempt never finishes (the service was killed
    /// mid-delivery). Always longer than <see cref="Timeout"/>.
    /// </summary>
    public TimeSpan Lease => Timeout * 2 + TimeSpan.FromSeconds(5);
}
