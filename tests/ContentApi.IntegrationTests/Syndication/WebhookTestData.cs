using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Syndication;

public static class WebhookTestData
{
    public const string Secret = "a-partner-secret-of-some-length";

    /// <summary>Registers a webhook through the admin API, as a partner's would be; returns its id.</summary>
    public static async Task<Guid> RegisterWebhookAsync(this ContentApiFactory factory, string url, IReadOnlyList<string> events)
    {
        var response = await factory.CreateAdminClient().PostAsJsonAsync("/api/v1/webhooks", new { url, events, secret = Secret });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetGuid();
    }
}
