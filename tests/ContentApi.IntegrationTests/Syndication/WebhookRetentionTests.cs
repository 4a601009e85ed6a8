using ContentApi.Domain.Webhooks;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.IntegrationTests.Syndication;

/// <summary>Finished deliveries are kept two seconds here (thirty days by default), so the dispatcher prunes within a test.</summary>
public sealed class WebhookRetentionFactory : ContentApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Webhooks:PollInterval"] = "00:00:00.050",
        ["Webhooks:KeepDeliveriesFor"] = "00:00:02",
        ["Webhooks:RetryDelay"] = "00:10:00",
    };
}

public sealed class WebhookRetentionTests(WebhookRetentionFactory factory) : IClassFixture<WebhookRetentionFactory>
{
    [Fact]
    public async Task Finished_deliveries_leave_the_log_with_their_attempts_after_the_retention_and_pending_ones_stay()
    {
        await using var healthy = await TestReceiver.StartAsync();
        await using var broken = await TestReceiver.StartAsync();
        broken.Respond = (_, _) => Task.FromResult(503);
        var delivered = await factory.RegisterWebhookAsync(healthy.Url, [WebhookEvents.Published]);
        var retrying = await factory.RegisterWebhookAsync(broken.Url, [WebhookEvents.Published]);

        await factory.Services.CreateAsync();

        Assert.NotNull(await healthy.WaitForAsync(_ => true));
        Assert.NotNull(await broken.WaitForAsync(_ => true));
        var deliveryId = await factory.WithDbAsync(db => db.WebhookDeliveries.Where(d => d.WebhookId == delivered).Select(d => d.Id).SingleAsync());
        var gone = false;
        for (var round = 0; round < 200 && !gone; round++)
        {
            await Task.Delay(100);
            gone = !await factory.WithDbAsync(db => db.WebhookDeliveries.AnyAsync(d => d.Id == deliveryId));
        }

        Assert.True(gone, "the succeeded delivery was pruned");
        Assert.False(await factory.WithDbAsync(db => db.WebhookAttempts.AnyAsync(a => a.DeliveryId == deliveryId)));
        var pending = await factory.WithDbAsync(db => db.WebhookDeliveries.SingleAsync(d => d.WebhookId == retrying));
        Assert.Equal(DeliveryStatus.Pending, pending.Status);
        Assert.Equal(1, pending.AttemptCount);
    }
}
