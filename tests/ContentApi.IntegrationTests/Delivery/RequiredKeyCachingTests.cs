using System.Net;
using ContentApi.Domain.Keys;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Delivery;

/// <summary>The service with Delivery:RequireApiKey=true: every read needs a key, so nothing may be public.</summary>
public sealed class RequiredKeyFactory : ContentApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Delivery:RequireApiKey"] = "true" };
}

public class RequiredKeyCachingTests(RequiredKeyFactory factory) : IClassFixture<RequiredKeyFactory>
{
    [Fact]
    public async Task With_keys_required_reads_are_private_and_a_cached_answer_never_reaches_a_caller_without_a_key()
    {
        var article = await factory.AddArticleAsync();
        var reader = factory.CreateClient(await factory.AddKeyAsync(ApiKeyRole.Reader));
        var anonymous = factory.CreateClient(apiKey: null);

        foreach (var url in new[] { "/api/v1/articles", $"/api/v1/articles/{article.Id}", "/api/v1/sitemap" })
        {
            var withKey = await reader.GetAsync(url);
            var withoutKey = await anonymous.GetAsync(url);

            Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
            Assert.True(withKey.Headers.CacheControl!.Private);
            Assert.False(withKey.Headers.CacheControl.Public);
            Assert.False(withKey.Headers.Contains("Surrogate-Key"));
            Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        }
    }
}
