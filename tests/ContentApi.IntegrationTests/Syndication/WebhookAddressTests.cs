using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Domain.Webhooks;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.IntegrationTests.Syndication;

/// <summary>The production default: webhooks only to public addresses.</summary>
public sealed class PublicWebhooksFactory : ContentApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Webhooks:AllowPrivateNetworks"] = "false",
        ["Webhooks:PollInterval"] = "00:00:00.050",
        ["Webhooks:RetryDelay"] = "00:10:00",
    };
}

public sealed class WebhookAddressTests(PublicWebhooksFactory factory) : IClassFixture<PublicWebhooksFactory>
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("http://LocalHost.:8080/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[fd00::1]/hook")]
    public async Task Registering_a_private_address_is_a_400_on_url(string url)
    {
        var response = await factory.CreateAdminClient().PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { WebhookEvents.Published } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("public addresses", problem.RootElement.GetProperty("errors").GetProperty("url")[0].GetString());
    }

    [Fact]
    public async Task A_name_that_resolves_to_a_private_address_is_not_connected_to_and_the_attempt_says_why()
    {
        await using var receiver = await TestReceiver.StartAsync();
        var port = new Uri(receiver.Url).Port;
        // Written past the validator, as a name re-pointed after registration would be: the connect step checks again.
        var webhook = Webhook.Create($"http://localhost:{port}/hook", [WebhookEvents.Published], WebhookTestData.Secret, DateTime.UtcNow);
        await factory.WithDbAsync(async db =>
        {
            db.Webhooks.Add(webhook);
            await db.SaveChangesAsync();
        });

        await factory.Services.CreateAsync();

        WebhookAttempt? attempt = null;
        for (var round = 0; round < 100 && attempt is null; round++)
        {
            await Task.Delay(100);
            attempt = await factory.WithDbAsync(db => db.WebhookAttempts
                .Where(a => db.WebhookDeliveries.Any(d => d.Id == a.DeliveryId && d.WebhookId == webhook.Id)).FirstOrDefaultAsync());
        }

        Assert.NotNull(attempt);
        Assert.Null(attempt.StatusCode);
        Assert.Contains("resolves only to private, loopback or link-local addresses", attempt.Error);
        Assert.Empty(receiver.Received);
    }
}
