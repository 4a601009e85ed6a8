using System.Net;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Editorial;

public class RevisionTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Every_save_is_a_revision_with_who_and_when()
    {
        var editorName = TestData.Unique("desk editor");
        var editor = await factory.CreateEditorClientAsync(editorName);
        var (article, etag) = await factory.CreateArticleAsync(editor, new { title = "First title" });
        var id = article.GetProperty("id").GetGuid();
        var url = $"/api/v1/articles/{id}";

        var put = await editor.SendJsonAsync(HttpMethod.Put, url, await factory.ArticleBodyAsync(new { title = "Second title" }), etag);
        var patch = await editor.PatchAsync(url, new { title = "Third title" }, put.ETagOf());
        var links = await editor.SendJsonAsync(HttpMethod.Put, $"{url}/links", new[] { new { url = "https://example.com", title = "E" } }, patch.ETagOf());
        var publish = await editor.SendJsonAsync(HttpMethod.Post, $"{url}/publish", null, links.ETagOf());
        await editor.SendJsonAsync(HttpMethod.Post, $"{url}/unpublish", null, publish.ETagOf());

        var list = await (await editor.GetAsync($"{url}/revisions")).JsonAsync();
        Assert.Equal([6, 5, 4, 3, 2, 1], list.EnumerateArray().Select(revision => revision.GetProperty("number").GetInt32()));
        Assert.All(list.EnumerateArray(), revision => Assert.Equal(editorName, revision.GetProperty("savedBy").GetProperty("name").GetString()));
        Assert.All(list.EnumerateArray(), revision => Assert.True(revision.GetProperty("savedAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-5)));

        var first = await (await editor.GetAsync($"{url}/revisions/1")).JsonAsync();
        var third = await (await editor.GetAsync($"{url}/revisions/3")).JsonAsync();
        var fifth = await (await editor.GetAsync($"{url}/revisions/5")).JsonAsync();
        Assert.Equal("First title", first.GetProperty("article").GetProperty("title").GetString());
        Assert.Equal("Third title", third.GetProperty("article").GetProperty("title").GetString());
        Assert.Equal("draft", third.GetProperty("article").GetProperty("status").GetString());
        Assert.Equal("published", fifth.GetProperty("article").GetProperty("status").GetString());
        Assert.Equal("https://example.com", fifth.GetProperty("article").GetProperty("relatedLinks")[0].GetProperty("url").GetString());
        Assert.Equal("<p>Body text.</p>", first.GetProperty("article").GetProperty("bodyHtml").GetString());
    }

    [Fact]
    public async Task A_rejected_write_adds_no_revision()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();

        await editor.PatchAsync($"/api/v1/articles/{id}", new { title = "" }, etag);
        await editor.PatchAsync($"/api/v1/articles/{id}", new { title = "Stale" }, "\"1\"");

        Assert.Equal(1, (await (await editor.GetAsync($"/api/v1/articles/{id}/revisions")).JsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Revisions_of_a_missing_article_or_number_are_404()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, _) = await factory.CreateArticleAsync(editor);

        await (await editor.GetAsync($"/api/v1/articles/{Guid.CreateVersion7()}/revisions")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await editor.GetAsync($"/api/v1/articles/{article.GetProperty("id").GetGuid()}/revisions/99")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
