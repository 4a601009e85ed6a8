using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Syndication.Webhooks;

/// <summary>
/// Sends the outbox: claims due deliveries, posts each one signed to its receiver, records every attempt and
/// schedules the next one with exponential back-off and jitter until one succeeds or the attempts run out.
/// Deliveries run side by side, at most a few per receiver, each with its own timeout: a slow or dead receiver
/// only ever holds up its own deliveries. Finished deliveries leave the log after <see cref="WebhookOptions.KeepDeliveriesFor"/>.
/// </summary>
internal sealed partial class WebhookDispatcher(
    WebhookQueue queue, WebhookSignal signal, IHttpClientFactory httpClients, IOptions<WebhookOptions> options, TimeProvider clock,
    ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    public const string HttpClientName = "webhooks";
    public const string SignatureHeader = "X-ContentApi-Signature";

    private readonly WebhookOptions _options = options.Value;
    private readonly ConcurrentDictionary<Guid, Task> _inFlight = new();
    private readonly ConcurrentDictionary<Guid, int> _inFlightPerWebhook = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.DispatcherEnabled)
        {
            return;
        }

        var pruneAt = clock.GetUtcNow().UtcDateTime;
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimedAll = false;
            try
            {
                claimedAll = await ClaimAndStartAsync(stoppingToken);
                var now = clock.GetUtcNow().UtcDateTime;
                if (now >= pruneAt)
                {
                    await queue.PruneAsync(now - _options.KeepDeliveriesFor, stoppingToken);
                    pruneAt = now + _options.PruneInterval;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                // The database may be away; the deliveries wait in it, and the next poll tries again.
                LogPollFailed(logger, exception);
            }

            if (!claimedAll)
            {
                try
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        // In-flight attempts see the cancellation and hand their deliveries back before the service stops.
        await Task.WhenAll(_inFlight.Values);
    }

    /// <summary>Returns true when every free slot was filled, i.e. more may be due right now.</summary>
    private async Task<bool> ClaimAndStartAsync(CancellationToken stoppingToken)
    {
        var free = _options.MaxConcurrency - _inFlight.Count;
        if (free <= 0)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var busy = _inFlightPerWebhook.Where(pair => pair.Value > 0).ToDictionary(pair => pair.Key, pair => pair.Value);
        var claimed = await queue.ClaimAsync(free, _options.MaxConcurrencyPerWebhook, busy, now, now + _options.Lease, stoppingToken);
        foreach (var delivery in claimed)
        {
            _inFlightPerWebhook.AddOrUpdate(delivery.WebhookId, 1, (_, count) => count + 1);

            // Registered before it starts, so a delivery that finishes at once is never left behind as "in flight".
            var attempt = new Task<Task>(() => RunAsync(delivery, stoppingToken));
            _inFlight[delivery.Id] = attempt.Unwrap();
            attempt.Start(TaskScheduler.Default);
        }

        return claimed.Count == free;
    }

    private async Task RunAsync(ClaimedDelivery delivery, CancellationToken stoppingToken)
    {
        try
        {
            await AttemptAsync(delivery, stoppingToken);
        }
        catch (Exception exception)
        {
            // Recording failed (the database is away): the lease runs out and the delivery is tried again.
            LogRecordFailed(logger, exception, delivery.Id);
        }
        finally
        {
            _inFlight.TryRemove(delivery.Id, out _);
            _inFlightPerWebhook.AddOrUpdate(delivery.WebhookId, 0, (_, count) => Math.Max(0, count - 1));
            signal.Wake();
        }
    }

    private async Task AttemptAsync(ClaimedDelivery delivery, CancellationToken stoppingToken)
    {
        var startedAt = clock.GetUtcNow().UtcDateTime;
        var stopwatch = Stopwatch.StartNew();
        int? statusCode = null;
        string? error = null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var request = BuildRequest(delivery);
            using var response = await httpClients.CreateClient(HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            statusCode = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                error = $"The receiver answered {statusCode} {response.ReasonPhrase}: {await ExcerptAsync(response, timeout.Token)}";
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping mid-delivery is not the receiver's failure: no attempt is counted and the delivery is due again
            // at once, for the next start or another copy of the service.
            await queue.ReleaseAsync(delivery, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
            return;
        }
        catch (OperationCanceledException)
        {
            error = $"No answer within {_options.Timeout.TotalSeconds:0.###} s.";
        }
        catch (HttpRequestException exception)
        {
            error = exception.InnerException is { } inner ? $"{exception.Message} ({inner.Message})" : exception.Message;
        }
        catch (Exception exception) when (exception is InvalidOperationException or UriFormatException or NotSupportedException)
        {
            // A URL the client cannot send to is the receiver's failure too: recorded, retried, and in the end failed.
            error = exception.Message;
        }

        stopwatch.Stop();
        var retryAfter = RetryDelay(_options, delivery.AttemptCount + 1);
        var recorded = await queue.RecordAsync(delivery, startedAt, statusCode, stopwatch.ElapsedMilliseconds, Truncate(error),
            _options.MaxAttempts, retryAfter, CancellationToken.None);
        if (recorded && error is not null)
        {
            LogAttemptFailed(logger, delivery.Id, delivery.AttemptCount + 1, error);
        }
    }

    private static HttpRequestMessage BuildRequest(ClaimedDelivery delivery)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(SignatureHeader, WebhookSignature.Sign(delivery.Secret, body));
        request.Headers.Add("X-ContentApi-Event", delivery.Event);
        request.Headers.Add("X-ContentApi-Event-Id", delivery.EventId.ToString());
        request.Headers.Add("X-ContentApi-Delivery", delivery.Id.ToString());
        request.Headers.Add("X-ContentApi-Attempt", (delivery.AttemptCount + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return request;
    }

    /// <summary>Exponential back-off with "equal jitter": half the doubled delay, plus a random part of the other half.</summary>
    internal static TimeSpan RetryDelay(WebhookOptions options, int failedAttempts)
    {
        var doubled = options.RetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var capped = Math.Min(doubled, options.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped / 2 + Random.Shared.NextDouble() * capped / 2);
    }

    /// <summary>The start of the receiver's answer, so a partner can see why it failed in the delivery log.</summary>
    private static async Task<string> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[300];
            var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            var text = Encoding.UTF8.GetString(buffer, 0, read).Trim();
            return text.Length == 0 ? "(empty body)" : text;
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or OperationCanceledException)
        {
            return "(body unreadable)";
        }
    }

    private static string? Truncate(string? error) => error is { Length: > 2000 } ? error[..2000] : error;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook dispatcher could not poll for due deliveries")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the attempt of webhook delivery {DeliveryId}; it is retried after its lease")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, Guid deliveryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} attempt {Attempt} failed: {Error}")]
    private static partial void LogAttemptFailed(ILogger logger, Guid deliveryId, int attempt, string error);
}
