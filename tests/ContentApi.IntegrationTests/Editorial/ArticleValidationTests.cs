using System.Net;
using System.Net.Http.Json;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Editorial;

/// <summary>Every rule of an article request: a 400 problem naming the field with the rule's message.</summary>
public class ArticleValidationTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    public static TheoryData<string, string, string> Invalid => new()
    {
        { """{ "title": "" }""", "title", "1–300 characters" },
        { """{ "title": "   " }""", "title", "not only spaces" },
        { $$"""{ "title": "{{new string('t', 301)}}" }""", "title", "1–300 characters" },
        { """{ "slug": "Not A Slug" }""", "slug", "lower-case letters and digits" },
        { """{ "slug": "double--hyphen" }""", "slug", "single hyphens" },
        { """{ "slug": "" }""", "slug", "lower-case letters" },
        { $$"""{ "slug": "{{new string('a', 121)}}" }""", "slug", "at most 120" },
        { $$"""{ "summary": "{{new string('s', 1001)}}" }""", "summary", "at most 1000 characters" },
        { $$"""{ "bodyHtml": "{{new string('b', 512 * 1024 + 1)}}" }""", "bodyHtml", "at most 512 KiB" },
        { """{ "language": "fr" }""", "language", "en, es" },
        { """{ "authorIds": [] }""", "authorIds", "1–10 authors" },
        { """{ "authorIds": ["00000000-0000-0000-0000-000000000000"] }""", "authorIds[0]", "empty UUID" },
        { """{ "tagIds": ["00000000-0000-0000-0000-000000000000"] }""", "tagIds[0]", "empty UUID" },
        { """{ "primaryTagId": "0193d7a0-5b1c-7c3e-9a6f-1e2d3c4b5a69" }""", "primaryTagId", "one of tagIds" },
        { """{ "translationOf": "00000000-0000-0000-0000-000000000000" }""", "translationOf", "empty UUID" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task An_invalid_member_is_400_naming_it_with_the_rule(string members, string field, string message)
    {
        var body = await MergeAsync(members);

        var response = await (await factory.CreateEditorClientAsync()).SendJsonAsync(HttpMethod.Post, "/api/v1/articles", body);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = await response.ErrorsForAsync(field);
        Assert.Contains(errors, error => error.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Too_many_authors_tags_and_duplicates_are_400()
    {
        var editor = await factory.CreateEditorClientAsync();
        var elevenAuthors = Enumerable.Range(0, 11).Select(_ => Guid.CreateVersion7()).ToArray();
        var thirtyOneTags = Enumerable.Range(0, 31).Select(_ => Guid.CreateVersion7()).ToArray();
        var one = Guid.CreateVersion7();

        var tooMany = await editor.PostAsJsonAsync("/api/v1/articles",
            await factory.ArticleBodyAsync(new { authorIds = elevenAuthors, tagIds = thirtyOneTags }), TestJson.Options);
        var twice = await editor.PostAsJsonAsync("/api/v1/articles",
            await factory.ArticleBodyAsync(new { authorIds = new[] { one, one }, tagIds = new[] { one, one } }), TestJson.Options);

        Assert.Contains("1–10 authors", Assert.Single(await tooMany.ErrorsForAsync("authorIds")), StringComparison.Ordinal);
        Assert.Contains("at most 30 tags", Assert.Single(await tooMany.ErrorsForAsync("tagIds")), StringComparison.Ordinal);
        Assert.Contains("listed twice", Assert.Single(await twice.ErrorsForAsync("authorIds")), StringComparison.Ordinal);
        Assert.Contains("listed twice", Assert.Single(await twice.ErrorsForAsync("tagIds")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_errors_are_reported_together()
    {
        var body = await MergeAsync("""{ "title": "", "slug": "Bad Slug", "language": "xx" }""");

        var response = await (await factory.CreateEditorClientAsync()).SendJsonAsync(HttpMethod.Post, "/api/v1/articles", body);

        var problem = await response.JsonAsync();
        var fields = problem.GetProperty("errors").EnumerateObject().Select(member => member.Name).ToList();
        Assert.Equal(["language", "slug", "title"], fields.Order());
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task A_put_is_validated_by_the_same_rules()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var body = await MergeAsync("""{ "title": "" }""");

        var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/articles/{article.GetProperty("id").GetGuid()}", body, etag);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(await response.ErrorsForAsync("title"));
    }

    [Fact]
    public async Task A_patch_is_validated_by_the_same_rules()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);

        var response = await editor.PatchAsync($"/api/v1/articles/{article.GetProperty("id").GetGuid()}", new { authorIds = Array.Empty<Guid>() }, etag);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("1–10 authors", Assert.Single(await response.ErrorsForAsync("authorIds")), StringComparison.Ordinal);
    }

    /// <summary>A valid body with <paramref name="members"/> (raw JSON) laid over it.</summary>
    private async Task<string> MergeAsync(string members)
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(await factory.ArticleBodyAsync(), TestJson.Options))!.AsObject();
        foreach (var (name, value) in System.Text.Json.Nodes.JsonNode.Parse(members)!.AsObject())
        {
            body[name] = value?.DeepClone();
        }

        return body.ToJsonString();
    }
}
