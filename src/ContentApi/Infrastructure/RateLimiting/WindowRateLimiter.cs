using System.Threading.RateLimiting;

namespace ContentApi.Infrastructure.RateLimiting;

/// <summary>
/// A fixed-window limiter whose windows line up with the clock (a 60 s window runs from one whole minute to the
/// next), so it can say how many requests are left and when they come back — what the RateLimit-* headers need and
/// the framework's limiters do not tell. It never queues: a request over the limit is refused at once.
/// </summary>
internal sealed class WindowRateLimiter(string partition, RateLimitRule rule, TimeProvider clock, Action<string, WindowRateLimiter> disposed)
    : RateLimiter
{
    private readonly Lock _gate = new();
    private long _windowIndex = -1;
    private int _used;
    private DateTime _lastUsedAt = clock.GetUtcNow().UtcDateTime;

    public RateLimitRule Rule => rule;

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return WindowOf(now) == _windowIndex && _used > 0 ? null : now - _lastUsedAt;
            }
        }
    }

    /// <summary>Requests left in the current window, and the time until the window ends.</summary>
    public (int Remaining, TimeSpan Reset) State()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            Roll(now);
            return (Math.Max(0, rule.PermitLimit - _used), ResetAfter(now));
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        var (remaining, _) = State();
        return new RateLimiterStatistics { CurrentAvailablePermits = remaining };
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            Roll(now);
            if (_used + permitCount <= rule.PermitLimit)
            {
                _used += permitCount;
                _lastUsedAt = now;
                return Lease.Granted;
            }

            return new Lease(ResetAfter(now));
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    protected override void Dispose(bool disposing)
    {
        disposed(partition, this);
        base.Dispose(disposing);
    }

    private void Roll(DateTime now)
    {
        var index = WindowOf(now);
        if (index != _windowIndex)
        {
            _windowIndex = index;
            _used = 0;
        }
    }

    private long WindowOf(DateTime now) => now.Ticks / rule.Window.Ticks;

    private TimeSpan ResetAfter(DateTime now) => TimeSpan.FromTicks(((_windowIndex + 1) * rule.Window.Ticks) - now.Ticks);

    private sealed class Lease(TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(null);

        public override bool IsAcquired => retryAfter is null;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
