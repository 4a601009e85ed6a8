using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContentApi.Domain.Keys;
using ContentApi.Domain.Webhooks;
using ContentApi.Features.Syndication.Webhooks;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.IntegrationTests.Syndication;

/// <summary>The dispatcher polls often and retries quickly, so deliveries and retries happen within a test.</summary>
public sealed class WebhookFactory : ContentApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Webhooks:PollInterval"] = "00:00:00.050",
        ["Webhooks:RetryDelay"] = "00:00:00.100",
        ["Webhooks:MaxRetryDelay"] = "00:00:00.400",
        ["Webhooks:Timeout"] = "00:00:03",
        ["Webhooks:MaxAttempts"] = "3",
    };
}

public sealed class WebhookTests(WebhookFactory factory) : IClassFixture<WebhookFactory>, IAsyncLifetime
{
    private const string Secret = WebhookTestData.Secret;
    private static readonly string[] PublishedOnly = [WebhookEvents.Published];
    private readonly List<TestReceiver> _receivers = [];
    private readonly List<Guid> _webhooks = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // Later tests' events must not go to receivers that are gone.
        foreach (var id in _webhooks)
        {
            await factory.CreateAdminClient().DeleteAsync($"/api/v1/webhooks/{id}");
        }

        foreach (var receiver in _receivers)
        {
            await receiver.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("""{"url":"/relative","events":["article.published"]}""", "url")]
    [InlineData("""{"url":"ftp://example.org/hook","events":["article.published"]}""", "url")]
    [InlineData("""{"url":"https://user:pass@example.org/hook","events":["article.published"]}""", "url")]
    [InlineData("""{"url":"https://example.org/hook","events":[]}""", "events")]
    [InlineData("""{"url":"https://example.org/hook","events":["article.created"]}""", "events[0]")]
    [InlineData("""{"url":"https://example.org/hook","events":["article.published"],"secret":"short"}""", "secret")]
    [InlineData("""{"url":"https://example.org/hook","events":["article.published"],"secrte":"a-partner-secret-of-some-length"}""", "secrte")]
    [InlineData("""{"events":["article.published"]}""", "url")]
    public async Task Registering_a_bad_webhook_is_a_400_naming_the_field(string body, string field)
    {
        var response = await factory.CreateAdminClient().PostAsync("/api/v1/webhooks", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.GetRawText());
    }

    [Fact]
    public async Task A_webhook_registered_without_a_secret_gets_one_shown_once_and_can_be_deleted()
    {
        var admin = factory.CreateAdminClient();
        var created = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://partner.example/hook", events = PublishedOnly });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetGuid();
        Assert.StartsWith("whsec_", json.RootElement.GetProperty("secret").GetString());
        Assert.Equal($"/api/v1/webhooks/{id}", created.Headers.Location?.OriginalString);

        var list = await admin.GetStringAsync("/api/v1/webhooks");
        Assert.Contains(id.ToString(), list);
        Assert.DoesNotContain("secret", list);
        Assert.DoesNotContain("whsec_", await admin.GetStringAsync($"/api/v1/webhooks/{id}"));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/webhooks/{id}/deliveries")).StatusCode);
    }

    [Fact]
    public async Task Only_admins_manage_webhooks()
    {
        var editor = factory.CreateClient(await factory.AddKeyAsync(ApiKeyRole.Editor));

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient(apiKey: null).GetAsync("/api/v1/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/v1/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://x.example/", events = PublishedOnly })).StatusCode);
    }

    [Fact]
    public async Task A_publish_is_delivered_signed_with_its_event_id_event_and_card_and_logged()
    {
        var receiver = await ReceiverAsync();
        var webhookId = await RegisterAsync(receiver.Url, [WebhookEvents.Published]);

        var article = await factory.Services.CreateAsync();

        var request = await receiver.WaitForAsync(r => About(r, article.Id));
        Assert.NotNull(request);
        Assert.True(WebhookSignature.Verify(Secret, request.Body, request.Header("X-ContentApi-Signature")), "the signature verifies with the secret");
        Assert.StartsWith("sha256=", request.Header("X-ContentApi-Signature"));
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        Assert.Equal("article.published", request.Header("X-ContentApi-Event"));
        using var payload = JsonDocument.Parse(request.Body);
        Assert.Equal(request.Header("X-ContentApi-Event-Id"), payload.RootElement.GetProperty("id").GetString());
        Assert.Equal("article.published", payload.RootElement.GetProperty("event").GetString());
        var card = payload.RootElement.GetProperty("article");
        Assert.Equal(article.Slug, card.GetProperty("slug").GetString());
        Assert.Equal("Ana Reporter", card.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal($"https://www.example.org/news/{article.Slug}/", card.GetProperty("canonicalUrl").GetString());
        Assert.False(card.TryGetProperty("bodyHtml", out _));

        var delivery = await WaitForDeliveryAsync(webhookId, d => d.GetProperty("status").GetString() == "succeeded");
        Assert.Equal(payload.RootElement.GetProperty("id").GetString(), delivery.GetProperty("eventId").GetString());
        var attempt = Assert.Single(delivery.GetProperty("attempts").EnumerateArray());
        Assert.Equal(200, attempt.GetProperty("statusCode").GetInt32());
        Assert.True(attempt.GetProperty("durationMs").GetInt64() >= 0);
    }

    [Fact]
    public async Task Updates_unpublishes_and_deletes_become_their_events_and_drafts_make_none()
    {
        var receiver = await ReceiverAsync();
        var webhookId = await RegisterAsync(receiver.Url, WebhookEvents.All);
        var draft = await factory.Services.CreateAsync(new ArticleSpec { PublishedAt = null });
        await factory.Services.UpdateAsync(draft.Id, title: "Never published");
        var article = await factory.Services.CreateAsync();
        await factory.Services.UpdateAsync(article.Id, title: "A better title");
        await factory.Services.UnpublishAsync(article.Id);
        await factory.Services.UpdateAsync(article.Id, title: "Edited while a draft");
        await factory.Services.PublishAsync(article.Id);
        await factory.Services.DeleteAsync(article.Id);

        string[] expected = ["article.published", "article.updated", "article.unpublished", "article.published", "article.deleted"];
        await receiver.WaitForAsync(_ => receiver.Received.Count(r => About(r, article.Id)) >= expected.Length);
        var events = await factory.WithDbAsync(db => db.WebhookDeliveries.Where(d => d.WebhookId == webhookId)
            .OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).Select(d => d.Event).ToListAsync());
        Assert.Equal(expected, events);
        Assert.Equal(expected.Order(), receiver.Received.Where(r => About(r, article.Id)).Select(r => r.Header("X-ContentApi-Event")).Order());
        var payloads = await factory.WithDbAsync(db => db.WebhookDeliveries.Where(d => d.WebhookId == webhookId).Select(d => d.Payload).ToListAsync());
        Assert.DoesNotContain(payloads, payload => payload.Contains(draft.Id.ToString()));
    }

    [Fact]
    public async Task A_write_that_fails_leaves_neither_a_change_feed_entry_nor_a_delivery()
    {
        var receiver = await ReceiverAsync();
        var webhookId = await RegisterAsync(receiver.Url, [WebhookEvents.Published]);
        var taken = await factory.Services.CreateAsync();

        // Same slug, same language: the unique index refuses the second article, and its announcement with it.
        await Assert.ThrowsAsync<DbUpdateException>(() => factory.Services.CreateAsync(new ArticleSpec { Slug = taken.Slug, Title = "Clash" }));

        var (changes, deliveries) = await factory.WithDbAsync(async db => (
            await db.ArticleChanges.CountAsync(c => c.Slug == taken.Slug),
            await db.WebhookDeliveries.CountAsync(d => d.WebhookId == webhookId)));
        Assert.Equal(1, changes);
        Assert.Equal(1, deliveries);
    }

    [Fact]
    public async Task A_receiver_answering_500_gets_the_delivery_again_and_the_log_shows_both_attempts()
    {
        var receiver = await ReceiverAsync();
        var calls = 0;
        receiver.Respond = (_, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1 ? 500 : 200);
        var webhookId = await RegisterAsync(receiver.Url, [WebhookEvents.Published]);

        var article = await factory.Services.CreateAsync();

        var delivery = await WaitForDeliveryAsync(webhookId, d => d.GetProperty("status").GetString() == "succeeded");
        var attempts = delivery.GetProperty("attempts").EnumerateArray().ToList();
        Assert.Equal([500, 200], attempts.Select(a => a.GetProperty("statusCode").GetInt32()));
        Assert.Contains("500", attempts[0].GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, attempts[1].GetProperty("error").ValueKind);
        var received = receiver.Received.Where(r => About(r, article.Id)).ToList();
        Assert.Equal(2, received.Count);
        Assert.Equal(received[0].Header("X-ContentApi-Event-Id"), received[1].Header("X-ContentApi-Event-Id"));
    }

    [Fact]
    public async Task A_delivery_that_keeps_failing_stops_after_the_configured_attempts()
    {
        var receiver = await ReceiverAsync();
        receiver.Respond = (_, _) => Task.FromResult(503);
        var webhookId = await RegisterAsync(receiver.Url, [WebhookEvents.Published]);

        await factory.Services.CreateAsync();

        var delivery = await WaitForDeliveryAsync(webhookId, d => d.GetProperty("status").GetString() == "failed");
        Assert.Equal(3, delivery.GetProperty("attempts").GetArrayLength());
        Assert.Equal(3, delivery.GetProperty("attemptCount").GetInt32());
        var failed = await factory.CreateAdminClient().GetStringAsync($"/api/v1/webhooks/{webhookId}/deliveries?status=failed");
        Assert.Contains(delivery.GetProperty("id").GetString()!, failed);
    }

    [Fact]
    public async Task A_failed_delivery_can_be_sent_once_more_by_an_admin()
    {
        var receiver = await ReceiverAsync();
        receiver.Respond = (_, _) => Task.FromResult(500);
        var webhookId = await RegisterAsync(receiver.Url, [WebhookEvents.Published]);
        await factory.Services.CreateAsync();
        var failed = await WaitForDeliveryAsync(webhookId, d => d.GetProperty("status").GetString() == "failed");
        var url = $"/api/v1/webhooks/{webhookId}/deliveries/{failed.GetProperty("id").GetString()}/redeliver";
        receiver.Respond = (_, _) => Task.FromResult(204);

        var accepted = await factory.CreateAdminClient().PostAsync(url, null);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var delivered = await WaitForDeliveryAsync(webhookId, d => d.GetProperty("status").GetString() == "succeeded");
        Assert.Equal([500, 500, 500, 204], delivered.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("statusCode").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateAdminClient().PostAsync($"/api/v1/webhooks/{webhookId}/deliveries/{Guid.NewGuid()}/redeliver", null)).StatusCode);
    }

    [Fact]
    public async Task Each_webhook_gets_only_its_events_and_all_share_the_event_id()
    {
        var first = await ReceiverAsync();
        var second = await ReceiverAsync();
        var onlyDeletes = await ReceiverAsync();
        await RegisterAsync(first.Url, [WebhookEvents.Published]);
        await RegisterAsync(second.Url, [WebhookEvents.Published, WebhookEvents.Updated]);
        var deletesId = await RegisterAsync(onlyDeletes.Url, [WebhookEvents.Deleted]);

        var article = await factory.Services.CreateAsync();

        var atFirst = await first.WaitForAsync(r => About(r, article.Id));
        var atSecond = await second.WaitForAsync(r => About(r, article.Id));
        Assert.NotNull(atFirst);
        Assert.NotNull(atSecond);
        Assert.Equal(atFirst.Header("X-ContentApi-Event-Id"), atSecond.Header("X-ContentApi-Event-Id"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.WebhookDeliveries.CountAsync(d => d.WebhookId == deletesId)));
    }

    [Fact]
    public async Task A_slow_receiver_does_not_hold_up_another()
    {
        var slow = await ReceiverAsync();
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        slow.Respond = (_, cancellationToken) => release.Task.WaitAsync(cancellationToken);
        var fast = await ReceiverAsync();
        await RegisterAsync(slow.Url, [WebhookEvents.Published]);
        await RegisterAsync(fast.Url, [WebhookEvents.Published]);

        var article = await factory.Services.CreateAsync();

        // The slow receiver has the request and sits on it; the fast one gets its copy all the same.
        Assert.NotNull(await slow.WaitForAsync(r => About(r, article.Id)));
        Assert.NotNull(await fast.WaitForAsync(r => About(r, article.Id)));
        Assert.False(release.Task.IsCompleted);
        release.SetResult(200);
    }

    [Fact]
    public async Task The_delivery_log_pages_newest_first_and_refuses_a_bad_cursor_or_status()
    {
        var receiver = await ReceiverAsync();
        var webhookId = await RegisterAsync(receiver.Url, [WebhookEvents.Published]);
        var first = await factory.Services.CreateAsync();
        var second = await factory.Services.CreateAsync();
        await WaitForDeliveryAsync(webhookId, _ => receiver.Received.Count(r => About(r, first.Id) || About(r, second.Id)) == 2);
        var admin = factory.CreateAdminClient();

        using var page1 = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/webhooks/{webhookId}/deliveries?limit=1"));
        var cursor = page1.RootElement.GetProperty("meta").GetProperty("nextCursor").GetString();
        using var page2 = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/webhooks/{webhookId}/deliveries?limit=1&cursor={cursor}"));

        Assert.Equal(second.Id, page1.RootElement.GetProperty("data")[0].GetProperty("payload").GetProperty("article").GetProperty("id").GetGuid());
        Assert.Equal(first.Id, page2.RootElement.GetProperty("data")[0].GetProperty("payload").GetProperty("article").GetProperty("id").GetGuid());
        Assert.Equal(JsonValueKind.Null, page2.RootElement.GetProperty("meta").GetProperty("nextCursor").ValueKind);
        foreach (var (query, field) in new[] { ("cursor=nonsense", "cursor"), ("status=sent", "status"), ("limit=0", "limit") })
        {
            var bad = await admin.GetAsync($"/api/v1/webhooks/{webhookId}/deliveries?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            using var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
        }
    }

    private static bool About(ReceivedRequest request, Guid articleId) =>
        System.Text.Encoding.UTF8.GetString(request.Body).Contains(articleId.ToString());

    private async Task<TestReceiver> ReceiverAsync()
    {
        var receiver = await TestReceiver.StartAsync();
        _receivers.Add(receiver);
        return receiver;
    }

    private async Task<Guid> RegisterAsync(string url, IReadOnlyList<string> events)
    {
        var id = await factory.RegisterWebhookAsync(url, events);
        _webhooks.Add(id);
        return id;
    }

    /// <summary>The newest delivery of a webhook once <paramref name="done"/> holds for it (bounded wait).</summary>
    private async Task<JsonElement> WaitForDeliveryAsync(Guid webhookId, Func<JsonElement, bool> done)
    {
        var admin = factory.CreateAdminClient();
        JsonElement latest = default;
        for (var round = 0; round < 150; round++)
        {
            using var page = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/webhooks/{webhookId}/deliveries"));
            var data = page.RootElement.GetProperty("data");
            if (data.GetArrayLength() > 0)
            {
                latest = data[0].Clone();
                if (done(latest))
                {
                    return latest;
                }
            }

            await Task.Delay(100);
        }

        return latest;
    }
}
