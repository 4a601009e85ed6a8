using System.Text;
using ContentApi.Domain.Webhooks;
using ContentApi.Features.Syndication;
using ContentApi.Features.Syndication.Sync;
using ContentApi.Features.Syndication.Webhooks;

namespace ContentApi.Tests.Syndication;

public class SyndicationUnitTests
{
    [Fact]
    public void A_sync_token_reads_back_what_it_was_made_from()
    {
        var token = new SyncToken(8_123_456_789, 42).Format("key");

        Assert.True(SyncToken.TryParse(token, "key", out var parsed));
        Assert.Equal(new SyncToken(8_123_456_789, 42), parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("AQAAAAAAAAAA")]
    public void Anything_else_is_not_a_sync_token(string text) => Assert.False(SyncToken.TryParse(text, "key", out _));

    [Fact]
    public void A_sync_token_made_with_another_key_or_edited_is_refused()
    {
        var token = new SyncToken(100, 7).Format("key");
        var edited = token[..3] + (token[3] == 'A' ? 'B' : 'A') + token[4..];

        Assert.False(SyncToken.TryParse(token, "other key", out _));
        Assert.False(SyncToken.TryParse(edited, "key", out _));
    }

    [Fact]
    public void The_signature_is_the_hex_hmac_sha256_of_the_body()
    {
        var body = Encoding.UTF8.GetBytes("{\"id\":1}");

        var signature = WebhookSignature.Sign("secret", body);

        Assert.Equal("sha256=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes("secret"), body)), signature);
        Assert.True(WebhookSignature.Verify("secret", body, signature));
        Assert.False(WebhookSignature.Verify("other", body, signature));
        Assert.False(WebhookSignature.Verify("secret", Encoding.UTF8.GetBytes("{\"id\":2}"), signature));
    }

    [Theory]
    [InlineData(false, true, ArticleEvent.Published, WebhookEvents.Published)]
    [InlineData(false, true, ArticleEvent.Updated, WebhookEvents.Published)]
    [InlineData(true, true, ArticleEvent.Published, WebhookEvents.Updated)]
    [InlineData(true, true, ArticleEvent.Updated, WebhookEvents.Updated)]
    [InlineData(true, false, ArticleEvent.Unpublished, WebhookEvents.Unpublished)]
    [InlineData(true, false, ArticleEvent.Updated, WebhookEvents.Unpublished)]
    [InlineData(true, false, ArticleEvent.Deleted, WebhookEvents.Deleted)]
    [InlineData(false, false, ArticleEvent.Updated, null)]
    [InlineData(false, false, ArticleEvent.Deleted, null)]
    public void Partners_hear_what_changed_for_them(bool was, bool isNow, ArticleEvent happened, string? expected) =>
        Assert.Equal(expected, ArticleEvents.WebhookEventFor(was, isNow, happened));

    [Fact]
    public void A_delivery_retries_until_its_attempts_run_out_and_a_redelivery_gets_one_more()
    {
        var now = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var delivery = WebhookDelivery.Create(Guid.NewGuid(), Guid.NewGuid(), WebhookEvents.Published, "{}", now);

        Assert.False(delivery.Redeliver(now));
        delivery.RecordAttempt(now, 500, 10, "HTTP 500", maxAttempts: 2, TimeSpan.FromMinutes(1));
        Assert.Equal((DeliveryStatus.Pending, now.AddMinutes(1)), (delivery.Status, delivery.NextAttemptAt));
        delivery.RecordAttempt(now.AddMinutes(1), null, 10, "timeout", maxAttempts: 2, TimeSpan.FromMinutes(2));
        Assert.Equal(DeliveryStatus.Failed, delivery.Status);

        Assert.True(delivery.Redeliver(now.AddHours(1)));
        Assert.Equal((DeliveryStatus.Pending, now.AddHours(1), (DateTime?)null), (delivery.Status, delivery.NextAttemptAt, delivery.CompletedAt));
        delivery.RecordAttempt(now.AddHours(1), 200, 10, null, maxAttempts: 2, TimeSpan.FromMinutes(4));
        Assert.Equal((DeliveryStatus.Succeeded, 3), (delivery.Status, delivery.Attempts.Count));
    }

    [Fact]
    public void Retry_delays_double_with_jitter_up_to_the_cap()
    {
        var options = new WebhookOptions { RetryDelay = TimeSpan.FromSeconds(10), MaxRetryDelay = TimeSpan.FromMinutes(1) };

        for (var sample = 0; sample < 50; sample++)
        {
            Assert.InRange(WebhookDispatcher.RetryDelay(options, 1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));
            Assert.InRange(WebhookDispatcher.RetryDelay(options, 3), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40));
            Assert.InRange(WebhookDispatcher.RetryDelay(options, 30), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1));
        }
    }
}
