using System.Net;
using System.Text.Json;
using ContentApi.Domain.Articles;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.IntegrationTests.Editorial;

public class PublishingTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Publishing_now_makes_the_article_public()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();

        var response = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/publish", null, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var published = await response.JsonAsync();
        Assert.Equal("published", published.GetProperty("status").GetString());
        Assert.True(published.GetProperty("publishedAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-1));
        Assert.NotEqual(etag, response.ETagOf());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient(apiKey: null).GetAsync($"/api/v1/articles/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_publish_time_in_the_past_publishes_at_once_with_that_date()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();

        var response = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/publish", new { publishAt = "2012-10-10T14:05:00Z" }, etag);

        var published = await response.JsonAsync();
        Assert.Equal("published", published.GetProperty("status").GetString());
        Assert.Equal("2012-10-10T14:05:00Z", published.GetProperty("publishedAt").GetString());
    }

    [Fact]
    public async Task A_publish_time_with_an_offset_is_stored_in_utc()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);

        var response = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{article.GetProperty("id").GetGuid()}/publish",
            new { publishAt = "2012-10-10T09:05:00-05:00" }, etag);

        Assert.Equal("2012-10-10T14:05:00Z", (await response.JsonAsync()).GetProperty("publishedAt").GetString());
    }

    [Fact]
    public async Task Publishing_a_published_article_again_keeps_its_date()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();
        var first = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/publish", new { publishAt = "2020-01-01T00:00:00Z" }, etag);

        var again = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/publish", null, first.ETagOf());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("2020-01-01T00:00:00Z", (await again.JsonAsync()).GetProperty("publishedAt").GetString());
        Assert.Equal(first.ETagOf(), again.ETagOf());
    }

    [Fact]
    public async Task A_scheduled_article_goes_live_by_itself_and_is_hidden_until_then()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();
        var publishAt = DateTime.UtcNow.AddSeconds(3);

        var scheduled = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/publish", new { publishAt }, etag);
        var anonymous = factory.CreateClient(apiKey: null);
        var beforeTime = await anonymous.GetAsync($"/api/v1/articles/{id}");

        var scheduledJson = await scheduled.JsonAsync();
        Assert.Equal("scheduled", scheduledJson.GetProperty("status").GetString());
        Assert.True(scheduledJson.TryGetProperty("scheduledAt", out _));
        Assert.True(beforeTime.StatusCode == HttpStatusCode.NotFound || DateTime.UtcNow >= publishAt);

        var live = await PollUntilVisibleAsync(anonymous, id, TimeSpan.FromSeconds(20));
        Assert.Equal("published", live.GetProperty("status").GetString());
        Assert.Equal(publishAt, live.GetProperty("publishedAt").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        var revisions = await (await editor.GetAsync($"/api/v1/articles/{id}/revisions")).JsonAsync();
        Assert.Equal("scheduler", revisions[0].GetProperty("savedBy").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, revisions[0].GetProperty("savedBy").GetProperty("keyId").ValueKind);
    }

    [Fact]
    public async Task A_schedule_that_fell_due_while_the_service_was_down_is_published_at_the_next_poll()
    {
        // The schedule lives only in the database: an article already due (as after a restart) is all the scheduler needs.
        var article = await factory.AddArticleAsync(new ArticleSpec { PublishedAt = null });
        await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.Status, ArticleStatus.Scheduled)
            .SetProperty(a => a.ScheduledAt, DateTime.UtcNow.AddMinutes(-5))));

        var live = await PollUntilVisibleAsync(factory.CreateClient(apiKey: null), article.Id, TimeSpan.FromSeconds(20));

        Assert.Equal("published", live.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unpublishing_returns_to_draft_and_tells_partners()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();
        var published = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/publish", null, etag);

        var response = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/unpublish", null, published.ETagOf());

        var draft = await response.JsonAsync();
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("publishedAt").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient(apiKey: null).GetAsync($"/api/v1/articles/{id}")).StatusCode);
        var actions = await factory.WithDbAsync(db => db.ArticleChanges.Where(c => c.ArticleId == id).OrderBy(c => c.Id).Select(c => c.Action).ToListAsync());
        Assert.Equal([ChangeAction.Upsert, ChangeAction.Delete], actions);
    }

    [Fact]
    public async Task Unpublishing_a_scheduled_article_cancels_the_schedule()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();
        var scheduled = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/publish", new { publishAt = DateTime.UtcNow.AddDays(1) }, etag);

        var response = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/unpublish", null, scheduled.ETagOf());

        var draft = await response.JsonAsync();
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.False(draft.TryGetProperty("scheduledAt", out _));
    }

    [Fact]
    public async Task A_publish_time_out_of_range_is_400()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);

        var response = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{article.GetProperty("id").GetGuid()}/publish",
            new { publishAt = "1850-01-01T00:00:00Z" }, etag);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(await response.ErrorsForAsync("publishAt"));
    }

    [Fact]
    public async Task A_publish_body_with_an_unknown_member_is_400()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);

        var response = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{article.GetProperty("id").GetGuid()}/publish",
            new { publishedAt = "2020-01-01T00:00:00Z" }, etag);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(await response.ErrorsForAsync("publishedAt"));
    }

    private static async Task<JsonElement> PollUntilVisibleAsync(HttpClient client, Guid id, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var response = await client.GetAsync($"/api/v1/articles/{id}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await response.JsonAsync();
            }

            await Task.Delay(250);
        }

        Assert.Fail($"Article {id} did not go live within {timeout.TotalSeconds} s.");
        return default;
    }
}
