using System.Net;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.IntegrationTests.Editorial;

/// <summary>
/// One transaction per write: a write that fails half-way (here: the database refuses the revision, after the
/// article itself was written) leaves nothing behind — no article, no half-changed article, no feed entry.
/// </summary>
public class FailedWriteTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>, IAsyncLifetime
{
    private const string Explosive = "explode-on-revision";

    public Task InitializeAsync() => factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync($"""
        CREATE OR REPLACE FUNCTION fail_revision() RETURNS trigger AS $$
        BEGIN
            IF NEW.snapshot->>'title' = '{Explosive}' THEN RAISE EXCEPTION 'simulated failure half-way'; END IF;
            RETURN NEW;
        END $$ LANGUAGE plpgsql;
        CREATE OR REPLACE TRIGGER fail_revision BEFORE INSERT ON revisions FOR EACH ROW EXECUTE FUNCTION fail_revision();
        """));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_create_that_fails_half_way_leaves_no_article()
    {
        var editor = await factory.CreateEditorClientAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles")
        {
            Content = System.Net.Http.Json.JsonContent.Create(await factory.ArticleBodyAsync(new { title = Explosive }), options: TestJson.Options),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var response = await editor.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("simulated", await response.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.Articles.AnyAsync(article => article.Title == Explosive)));
        Assert.False(await factory.WithDbAsync(db => db.IdempotencyRecords.AnyAsync()));
    }

    [Fact]
    public async Task A_replace_that_fails_half_way_leaves_the_article_as_it_was()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor, new { title = "Before" });
        var id = article.GetProperty("id").GetGuid();
        var published = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/publish", null, etag);
        var tag = await factory.AddTagAsync();
        var feedBefore = await factory.WithDbAsync(db => db.ArticleChanges.CountAsync(change => change.ArticleId == id));

        var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/articles/{id}",
            await factory.ArticleBodyAsync(new { title = Explosive, tagIds = new[] { tag.Id }, slug = TestData.Unique("moved") }), published.ETagOf());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var after = await (await editor.GetAsync($"/api/v1/articles/{id}")).JsonAsync();
        Assert.Equal("Before", after.GetProperty("title").GetString());
        Assert.Equal(article.GetProperty("slug").GetString(), after.GetProperty("slug").GetString());
        Assert.Empty(after.GetProperty("tags").EnumerateArray());
        Assert.Equal(feedBefore, await factory.WithDbAsync(db => db.ArticleChanges.CountAsync(change => change.ArticleId == id)));
        Assert.Equal(2, (await (await editor.GetAsync($"/api/v1/articles/{id}/revisions")).JsonAsync()).GetArrayLength());
        Assert.False(await factory.WithDbAsync(db => db.ArticleSlugs.AnyAsync(old => old.ArticleId == id)));

        var retry = await editor.PatchAsync($"/api/v1/articles/{id}", new { title = "After" }, published.ETagOf());
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
    }
}
