using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContentApi.IntegrationTests.Delivery;

/// <summary>The service with Delivery:OutputCacheMegabytes=3.</summary>
public sealed class SmallOutputCacheFactory : ContentApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Delivery:OutputCacheMegabytes"] = "3" };
}

/// <summary>The output cache's memory is bounded by configuration (the performance issue's RSS budget depends on it).</summary>
public class OutputCacheSizeTests(SmallOutputCacheFactory factory) : IClassFixture<SmallOutputCacheFactory>
{
    [Fact]
    public void The_output_cache_keeps_at_most_the_configured_megabytes()
    {
        Assert.Equal(3L * 1024 * 1024, factory.Services.GetRequiredService<IOptions<OutputCacheOptions>>().Value.SizeLimit);
    }
}
