using System.Net;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Editorial;

public class RelatedLinkTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Put_links_replaces_the_ordered_list()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (target, _) = await factory.CreateArticleAsync(editor);
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();
        object[] links =
        [
            new { url = "https://example.com/report.pdf", title = "The report" },
            new { articleId = target.GetProperty("id").GetGuid() },
        ];

        var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/articles/{id}/links", links, etag);
        var replaced = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/articles/{id}/links", Array.Empty<object>(), response.ETagOf());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = (await response.JsonAsync()).GetProperty("relatedLinks");
        Assert.Equal("external", saved[0].GetProperty("kind").GetString());
        Assert.Equal("The report", saved[0].GetProperty("title").GetString());
        Assert.Equal("article", saved[1].GetProperty("kind").GetString());
        Assert.Equal(target.GetProperty("slug").GetString(), saved[1].GetProperty("article").GetProperty("slug").GetString());
        Assert.Empty((await replaced.JsonAsync()).GetProperty("relatedLinks").EnumerateArray());
    }

    public static TheoryData<string, string, string> Invalid => new()
    {
        { """[{ "url": "ftp://example.com/x", "title": "X" }]""", "relatedLinks[0].url", "http or https" },
        { """[{ "url": "/relative", "title": "X" }]""", "relatedLinks[0].url", "absolute" },
        { $$"""[{ "url": "https://example.com/{{new string('x', 2048)}}", "title": "X" }]""", "relatedLinks[0].url", "2048" },
        { """[{ "url": "https://example.com/x" }]""", "relatedLinks[0].title", "1–300" },
        { """[{ "url": "https://example.com/x", "title": "" }]""", "relatedLinks[0].title", "1–300" },
        { """[{ "title": "Nothing to point at" }]""", "relatedLinks[0].articleId", "either an articleId or a url" },
        { """[{ "url": "https://example.com/ok", "title": "ok" }, { "articleId": "0193d7a0-5b1c-7c3e-9a6f-1e2d3c4b5a69", "url": "https://example.com/x", "title": "x" }]""", "relatedLinks[1].articleId", "not both" },
        { """[{ "articleId": "0193d7a0-5b1c-7c3e-9a6f-1e2d3c4b5a69" }]""", "relatedLinks[0].articleId", "No article has the id" },
        { """[{ "url": "https://example.com/x", "titel": "typo" }]""", "[0].titel", "not a member" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task An_invalid_link_is_400_naming_it(string links, string field, string message)
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);

        var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/articles/{article.GetProperty("id").GetGuid()}/links", links, etag);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(await response.ErrorsForAsync(field), error => error.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task More_than_twenty_links_or_a_link_to_itself_is_400()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();
        var many = Enumerable.Range(0, 21).Select(index => new { url = $"https://example.com/{index}", title = $"Link {index}" }).ToArray();

        var tooMany = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/articles/{id}/links", many, etag);
        var self = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/articles/{id}/links", new[] { new { articleId = id } }, etag);

        Assert.Contains("at most 20", Assert.Single(await tooMany.ErrorsForAsync("relatedLinks")), StringComparison.Ordinal);
        Assert.Contains("itself", Assert.Single(await self.ErrorsForAsync("relatedLinks[0].articleId")), StringComparison.Ordinal);
    }
}
