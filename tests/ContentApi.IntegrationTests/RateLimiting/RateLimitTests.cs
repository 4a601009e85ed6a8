using System.Net;
using System.Text;
using System.Text.Json;
using ContentApi.Domain.Keys;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.RateLimiting;

/// <summary>Small limits, in day-long windows so no test straddles a window's end.</summary>
public sealed class RateLimitFactory : ContentApiFactory
{
    public const int ReaderLimit = 5;
    public const int FeedbackLimit = 2;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:Reader:PermitLimit"] = ReaderLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Reader:WindowSeconds"] = "86400",
        ["RateLimits:Editor:PermitLimit"] = "1000",
        ["RateLimits:Editor:WindowSeconds"] = "86400",
        ["RateLimits:Feedback:PermitLimit"] = FeedbackLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Feedback:WindowSeconds"] = "86400",
    };
}

public sealed class RateLimitTests(RateLimitFactory factory) : IClassFixture<RateLimitFactory>
{
    [Fact]
    public async Task A_key_over_its_limit_gets_429_with_retry_after_while_another_key_is_unaffected()
    {
        var first = factory.CreateClient(await factory.AddKeyAsync(ApiKeyRole.Reader));
        var second = factory.CreateClient(await factory.AddKeyAsync(ApiKeyRole.Reader));

        for (var i = 0; i < RateLimitFactory.ReaderLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/v1/articles")).StatusCode);
        }

        var refused = await first.GetAsync("/api/v1/articles");
        var other = await second.GetAsync("/api/v1/articles");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.True(problem.RootElement.TryGetProperty("traceId", out _));
        Assert.Equal("0", Header(refused, "RateLimit-Remaining"));

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal((RateLimitFactory.ReaderLimit - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Header(other, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task Every_limited_response_says_the_limit_what_is_left_and_when_it_resets()
    {
        var client = factory.CreateClient(await factory.AddKeyAsync(ApiKeyRole.Reader));

        var first = await client.GetAsync("/api/v1/articles");
        var second = await client.GetAsync("/api/v1/feeds/articles.json");
        var fromCache = await client.GetAsync("/api/v1/feeds/articles.json");

        Assert.Equal(RateLimitFactory.ReaderLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), Header(first, "RateLimit-Limit"));
        Assert.Equal(int.Parse(Header(first, "RateLimit-Remaining")) - 1, int.Parse(Header(second, "RateLimit-Remaining")));
        Assert.Equal(int.Parse(Header(second, "RateLimit-Remaining")) - 1, int.Parse(Header(fromCache, "RateLimit-Remaining")));
        var reset = int.Parse(Header(second, "RateLimit-Reset"));
        Assert.InRange(reset, 1, 86_400);
        Assert.Equal($"{RateLimitFactory.ReaderLimit};w=86400", Header(first, "RateLimit-Policy"));
    }

    [Fact]
    public async Task Feedback_has_its_own_stricter_limit_on_top_of_the_key_s()
    {
        var article = await factory.AddArticleAsync();
        var editor = factory.CreateClient(await factory.AddKeyAsync(ApiKeyRole.Editor));

        for (var i = 0; i < RateLimitFactory.FeedbackLimit; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await PostFeedbackAsync(editor, article.Slug)).StatusCode);
        }

        var refused = await PostFeedbackAsync(editor, article.Slug);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/api/v1/articles")).StatusCode);
    }

    [Fact]
    public async Task Health_checks_are_never_limited()
    {
        var response = await factory.CreateClient(apiKey: null).GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("RateLimit-Limit"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : "";

    private static Task<HttpResponseMessage> PostFeedbackAsync(HttpClient client, string slug) =>
        client.PostAsync($"/api/v1/articles/{slug}/feedback", new StringContent("""{"helpful":true}""", Encoding.UTF8, "application/json"));
}
