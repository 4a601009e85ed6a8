namespace ContentApi.Features.Syndication.Webhooks;

/// <summary>
/// Wakes the dispatcher before its next poll: when a write in this process has committed new deliveries, or a
/// delivery slot came free. Deliveries written by another copy of the service are found by polling.
/// </summary>
internal sealed class WebhookSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Wake()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake: one wake-up covers any number of reasons.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Waits for a wake-up or <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}
