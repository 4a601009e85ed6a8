using System.Net;
using System.Threading.RateLimiting;
using ContentApi.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace ContentApi.Tests.RateLimiting;

public class RateLimitUnitTests
{
    [Fact]
    public void A_window_grants_its_permits_then_refuses_until_the_next_window()
    {
        var clock = new ManualClock(new DateTime(2025, 1, 1, 10, 0, 20, DateTimeKind.Utc));
        using var limiter = new WindowRateLimiter("p", new RateLimitRule { PermitLimit = 2, WindowSeconds = 60 }, clock, (_, _) => { });

        Assert.True(limiter.AttemptAcquire().IsAcquired);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        using var refused = limiter.AttemptAcquire();

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(40), retryAfter);
        Assert.Equal((0, TimeSpan.FromSeconds(40)), limiter.State());
        Assert.Null(limiter.IdleDuration);

        clock.Now = clock.Now.AddSeconds(40);
        Assert.Equal((2, TimeSpan.FromSeconds(60)), limiter.State());
        Assert.True(limiter.AttemptAcquire().IsAcquired);
    }

    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    public void Clients_are_told_apart_by_address_and_ipv6_by_network(string address, string partition)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);

        Assert.Equal(partition, RateLimitSetup.ClientAddress(context));
    }

    private sealed class ManualClock(DateTime now) : TimeProvider
    {
        public DateTime Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => new(Now, TimeSpan.Zero);
    }
}
