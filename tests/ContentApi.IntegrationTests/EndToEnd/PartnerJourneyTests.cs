using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ContentApi.Features.Syndication.Webhooks;
using ContentApi.IntegrationTests.Editorial;
using ContentApi.IntegrationTests.Syndication;

namespace ContentApi.IntegrationTests.EndToEnd;

/// <summary>
/// One story told through the HTTP API alone, across the features: an editor publishes and unpublishes, and a
/// reader, a feed reader, a mirror and a webhook receiver each see exactly what they should, when they should.
/// </summary>
public class PartnerJourneyTests(WebhookFactory factory) : IClassFixture<WebhookFactory>, IAsyncLifetime
{
    private const string Secret = "end-to-end-secret-0123456789";
    private static readonly string[] Events = ["article.published", "article.unpublished"];
    private TestReceiver? _receiver;

    public async Task InitializeAsync() => _receiver = await TestReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver!.DisposeAsync();

    [Fact]
    public async Task Publishing_and_unpublishing_over_http_reach_readers_feeds_the_change_feed_and_webhooks()
    {
        var receiver = _receiver!;
        var admin = factory.CreateAdminClient();
        var hook = await admin.PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url, events = Events, secret = Secret });
        Assert.Equal(HttpStatusCode.Created, hook.StatusCode);
        var editor = await factory.CreateEditorClientAsync();
        var reader = factory.CreateClient(apiKey: null);

        var (draft, etag) = await factory.CreateArticleAsync(editor, new { type = "brief", bodyHtml = "<p>Police seized a cocaine shipment.</p>" });
        var id = draft.GetProperty("id").GetGuid();
        var slug = draft.GetProperty("slug").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/articles/{slug}")).StatusCode);
        Assert.DoesNotContain(id.ToString(), await reader.GetStringAsync("/api/v1/feeds/articles.json"));

        var published = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/publish", null, etag);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/articles/{slug}")).StatusCode);
        Assert.Contains(id.ToString(), await reader.GetStringAsync("/api/v1/articles?limit=100"));
        Assert.Contains(id.ToString(), await reader.GetStringAsync("/api/v1/feeds/articles.json"));
        Assert.Equal(["upsert"], await SyncActionsAsync(reader, id, until: "upsert"));
        var publishedEvent = await receiver.WaitForAsync(request => About(request, id) && request.Header("X-ContentApi-Event") == "article.published");
        Assert.NotNull(publishedEvent);
        Assert.True(WebhookSignature.Verify(Secret, publishedEvent.Body, publishedEvent.Header("X-ContentApi-Signature")));

        var unpublished = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/unpublish", null, published.ETagOf());
        Assert.Equal(HttpStatusCode.OK, unpublished.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/v1/articles/{slug}")).StatusCode);
        Assert.DoesNotContain(id.ToString(), await reader.GetStringAsync("/api/v1/articles?limit=100"));
        Assert.DoesNotContain(id.ToString(), await reader.GetStringAsync("/api/v1/feeds/articles.json"));
        // A page shows each article once, as it is now: a mirror walking from the start only needs the delete.
        Assert.Equal(["delete"], await SyncActionsAsync(reader, id, until: "delete"));
        Assert.NotNull(await receiver.WaitForAsync(request => About(request, id) && request.Header("X-ContentApi-Event") == "article.unpublished"));
    }

    /// <summary>
    /// The change feed's actions for one article, walked from the beginning to the end; walked again (a bounded number
    /// of times) until the last one is <paramref name="until"/>, since the feed holds back changes until every older
    /// transaction has finished.
    /// </summary>
    private static async Task<List<string>> SyncActionsAsync(HttpClient client, Guid id, string until)
    {
        var actions = new List<string>();
        for (var walk = 0; walk < 40 && (actions.Count == 0 || actions[^1] != until); walk++)
        {
            if (walk > 0)
            {
                await Task.Delay(100);
            }

            actions = await WalkAsync(client, id);
        }

        return actions;
    }

    private static async Task<List<string>> WalkAsync(HttpClient client, Guid id)
    {
        var actions = new List<string>();
        string? token = null;
        for (var page = 0; page < 100; page++)
        {
            var url = token is null ? "/api/v1/sync?limit=500" : $"/api/v1/sync?limit=500&since={Uri.EscapeDataString(token)}";
            using var document = JsonDocument.Parse(await client.GetStringAsync(url));
            foreach (var entry in document.RootElement.GetProperty("data").EnumerateArray())
            {
                var entryId = entry.TryGetProperty("article", out var article) ? article.GetProperty("id").GetGuid() : entry.GetProperty("id").GetGuid();
                if (entryId == id)
                {
                    actions.Add(entry.GetProperty("action").GetString()!);
                }
            }

            var meta = document.RootElement.GetProperty("meta");
            token = meta.GetProperty("nextToken").GetString();
            if (!meta.GetProperty("hasMore").GetBoolean())
            {
                break;
            }
        }

        return actions;
    }

    private static bool About(ReceivedRequest request, Guid articleId) => Encoding.UTF8.GetString(request.Body).Contains(articleId.ToString());
}
