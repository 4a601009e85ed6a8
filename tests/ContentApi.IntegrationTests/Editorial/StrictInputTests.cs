using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Editorial;

/// <summary>Strict JSON on every write: nothing the client sent is silently dropped or guessed at.</summary>
public class StrictInputTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData("""{ "staus": "published" }""", "staus", "not a member")]
    [InlineData("""{ "title": 42 }""", "title", "a string")]
    [InlineData("""{ "syndicatable": "yes" }""", "syndicatable", "true or false")]
    [InlineData("""{ "authorIds": "not-a-list" }""", "authorIds", "an array")]
    [InlineData("""{ "type": "gossip" }""", "type", "")]
    [InlineData("""{ "summary": null }""", "summary", "cannot be null")]
    [InlineData("""{ "title": null }""", "title", "cannot be null")]
    public async Task A_bad_member_is_400_naming_it(string members, string field, string message)
    {
        var response = await PostRawAsync(await WithAsync(members));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(await response.ErrorsForAsync(field), error => error.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_required_member_is_400_naming_it()
    {
        var response = await PostRawAsync("""{ "summary": "no title, no authors" }""");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(await response.ErrorsForAsync("title"));
        Assert.NotEmpty(await response.ErrorsForAsync("authorIds"));
    }

    [Theory]
    [InlineData("{ \"title\": \"x\" } trailing")]
    [InlineData("{ \"title\": \"x\", }")]
    [InlineData("{ \"title\": \"x\" /* comment */ }")]
    [InlineData("{ \"title\": \"a\", \"title\": \"b\", \"authorIds\": [] }")]
    [InlineData("not json at all")]
    public async Task Malformed_json_is_400(string body)
    {
        var response = await PostRawAsync(body);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_typo_in_a_patch_is_400_and_changes_nothing()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();

        var response = await editor.PatchAsync($"/api/v1/articles/{id}", new { titel = "Typo" }, etag);
        var after = await editor.GetAsync($"/api/v1/articles/{id}");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(await response.ErrorsForAsync("titel"));
        Assert.Equal(article.GetProperty("title").GetString(), (await after.JsonAsync()).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"title\"")]
    [InlineData("{ \"title\": \"x\" } garbage")]
    public async Task A_patch_that_is_not_a_json_object_is_400(string patch)
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);

        var response = await editor.SendJsonAsync(HttpMethod.Patch, $"/api/v1/articles/{article.GetProperty("id").GetGuid()}", patch, etag, "application/merge-patch+json");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_413()
    {
        var huge = await WithAsync($$"""{ "bodyHtml": "{{new string('x', 1024 * 1024)}}" }""");

        var response = await PostRawAsync(huge);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_chunked_body_over_one_mebibyte_is_413()
    {
        var huge = Encoding.UTF8.GetBytes(await WithAsync($$"""{ "bodyHtml": "{{new string('x', 1024 * 1024)}}" }"""));
        var content = new StreamContent(new MemoryStream(huge));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await (await factory.CreateEditorClientAsync()).SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData(null)]
    public async Task A_body_that_is_not_json_is_415(string? mediaType)
    {
        var content = new StringContent(await WithAsync("{}"), Encoding.UTF8);
        content.Headers.ContentType = mediaType is null ? null : new MediaTypeHeaderValue(mediaType);

        var response = await (await factory.CreateEditorClientAsync()).PostAsync("/api/v1/articles", content);

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_route_id_that_is_not_a_uuid_is_400_naming_it()
    {
        var response = await (await factory.CreateEditorClientAsync()).SendJsonAsync(HttpMethod.Put, "/api/v1/articles/not-a-uuid", await factory.ArticleBodyAsync(), "\"1\"");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(await response.ErrorsForAsync("id"));
    }

    private async Task<HttpResponseMessage> PostRawAsync(string body) =>
        await (await factory.CreateEditorClientAsync()).SendJsonAsync(HttpMethod.Post, "/api/v1/articles", body);

    private async Task<string> WithAsync(string members)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(await factory.ArticleBodyAsync(), TestJson.Options))!.AsObject();
        foreach (var (name, value) in System.Text.Json.Nodes.JsonNode.Parse(members)!.AsObject())
        {
            body[name] = value?.DeepClone();
        }

        return body.ToJsonString();
    }
}
