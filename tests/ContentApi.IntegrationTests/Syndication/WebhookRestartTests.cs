using ContentApi.Domain.Webhooks;
using ContentApi.Features.Syndication.Webhooks;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.IntegrationTests.Syndication;

/// <summary>This copy of the service only writes; the copies a test starts and stops on its database send.</summary>
public sealed class SilentDispatcherFactory : ContentApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Webhooks:DispatcherEnabled"] = "false" };
}

public sealed class WebhookRestartTests(SilentDispatcherFactory factory) : IClassFixture<SilentDispatcherFactory>
{
    private static readonly string[] PublishedOnly = [WebhookEvents.Published];

    [Fact]
    public async Task A_delivery_in_flight_when_the_service_stops_is_sent_again_by_the_next_start()
    {
        await using var receiver = await TestReceiver.StartAsync();
        var hold = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        receiver.Respond = (_, cancellationToken) => hold.Task.WaitAsync(cancellationToken);
        var webhookId = await RegisterAsync(receiver.Url);
        var article = await factory.Services.CreateAsync();

        // The first copy takes the delivery and is stopped while the receiver still sits on the request.
        await using (var first = StartSendingCopy())
        {
            Assert.NotNull(await receiver.WaitForAsync(r => About(r, article.Id)));
        }

        var interrupted = await DeliveryAsync(webhookId);
        Assert.Equal(DeliveryStatus.Pending, interrupted.Status);
        Assert.Equal(0, interrupted.AttemptCount);

        receiver.Respond = (_, _) => Task.FromResult(200);
        await using var second = StartSendingCopy();
        var delivered = await WaitForAsync(webhookId, DeliveryStatus.Succeeded);

        Assert.Equal(DeliveryStatus.Succeeded, delivered.Status);
        Assert.Equal([200], delivered.Attempts.Select(a => a.StatusCode));
        var received = receiver.Received.Where(r => About(r, article.Id)).ToList();
        Assert.Equal(2, received.Count);
        Assert.Equal(received[0].Header("X-ContentApi-Event-Id"), received[1].Header("X-ContentApi-Event-Id"));
    }

    [Fact]
    public async Task A_delivery_claimed_by_a_copy_that_died_is_sent_once_its_lease_runs_out()
    {
        await using var receiver = await TestReceiver.StartAsync();
        var webhookId = await RegisterAsync(receiver.Url);
        var article = await factory.Services.CreateAsync();

        // A copy claims the delivery and dies before recording anything (no graceful hand-back).
        var now = DateTime.UtcNow;
        var claimed = await factory.Services.GetRequiredService<WebhookQueue>()
            .ClaimAsync(free: 100, perWebhook: 100, new Dictionary<Guid, int>(), now, now.AddSeconds(1), CancellationToken.None);
        Assert.Contains(claimed, c => c.WebhookId == webhookId);

        await using var survivor = StartSendingCopy();
        var delivered = await WaitForAsync(webhookId, DeliveryStatus.Succeeded);

        Assert.Equal(DeliveryStatus.Succeeded, delivered.Status);
        Assert.Single(delivered.Attempts);
        Assert.Single(receiver.Received, r => About(r, article.Id));
    }

    /// <summary>Another copy of the service on the same database, with its dispatcher on and quick to poll.</summary>
    private WebApplicationFactory<Program> StartSendingCopy()
    {
        var copy = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Content", factory.ConnectionString);
            builder.UseSetting("Auth:BootstrapAdminKey", ContentApiFactory.AdminKey);
            builder.UseSetting("Webhooks:AllowPrivateNetworks", "true");
            builder.UseSetting("Webhooks:PollInterval", "00:00:00.050");
            builder.UseSetting("Webhooks:RetryDelay", "00:00:00.100");
            builder.UseSetting("Webhooks:Timeout", "00:00:10");
        });
        _ = copy.Services; // starts the host, and with it the dispatcher
        return copy;
    }

    private Task<Guid> RegisterAsync(string url) => factory.RegisterWebhookAsync(url, PublishedOnly);

    private Task<WebhookDelivery> DeliveryAsync(Guid webhookId) =>
        factory.WithDbAsync(db => db.WebhookDeliveries.Include(d => d.Attempts).SingleAsync(d => d.WebhookId == webhookId));

    private async Task<WebhookDelivery> WaitForAsync(Guid webhookId, DeliveryStatus status)
    {
        var delivery = await DeliveryAsync(webhookId);
        for (var round = 0; round < 200 && delivery.Status != status; round++)
        {
            await Task.Delay(100);
            delivery = await DeliveryAsync(webhookId);
        }

        return delivery;
    }

    private static bool About(ReceivedRequest request, Guid articleId) =>
        System.Text.Encoding.UTF8.GetString(request.Body).Contains(articleId.ToString());
}
