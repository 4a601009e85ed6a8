using System.Net;
using ContentApi.Features.Articles;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.IntegrationTests.Editorial;

/// <summary>Optimistic concurrency: every change to an existing article names the version it was made from.</summary>
public class ConcurrencyTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    public static TheoryData<string, string> Changes => new()
    {
        { "PUT", "" },
        { "PATCH", "" },
        { "POST", "/publish" },
        { "POST", "/unpublish" },
        { "PUT", "/links" },
        { "DELETE", "" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_change_without_if_match_is_428_and_changes_nothing(string method, string path)
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();

        var response = await SendAsync(editor, method, $"/api/v1/articles/{id}{path}", await BodyForAsync(method, path), ifMatch: null);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        Assert.Contains("If-Match", (await response.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(etag, await CurrentETagAsync(id));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_change_with_a_stale_etag_is_412_and_changes_nothing(string method, string path)
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, staleETag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();
        var moved = await editor.PatchAsync($"/api/v1/articles/{id}", new { summary = "Someone else saved first" }, staleETag);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        var response = await SendAsync(editor, method, $"/api/v1/articles/{id}{path}", await BodyForAsync(method, path), staleETag);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(moved.ETagOf(), await CurrentETagAsync(id));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("W/\"123\"")]
    [InlineData("garbage")]
    public async Task An_if_match_that_is_no_etag_of_ours_never_writes(string ifMatch)
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();

        var response = await editor.PatchAsync($"/api/v1/articles/{id}", new { title = "Nope" }, ifMatch);

        Assert.True(response.StatusCode is HttpStatusCode.PreconditionRequired or HttpStatusCode.PreconditionFailed);
        Assert.Equal(etag, await CurrentETagAsync(id));
    }

    [Fact]
    public async Task A_change_to_a_missing_article_is_404()
    {
        var editor = await factory.CreateEditorClientAsync();

        var response = await editor.PatchAsync($"/api/v1/articles/{Guid.CreateVersion7()}", new { title = "x" }, "\"1\"");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Eight_editors_racing_with_one_etag_one_wins_seven_get_412_and_nothing_is_mixed()
    {
        var editors = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => factory.CreateEditorClientAsync()));
        var (article, etag) = await factory.CreateArticleAsync(editors[0]);
        var id = article.GetProperty("id").GetGuid();
        var tags = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => factory.AddTagAsync()));
        var bodies = await Task.WhenAll(Enumerable.Range(0, 8).Select(index => factory.ArticleBodyAsync(new
        {
            title = $"Version {index}",
            summary = $"Summary {index}",
            bodyHtml = $"<p>Body {index}</p>",
            tagIds = new[] { tags[index].Id },
        })));

        using var start = new ManualResetEventSlim();
        var racers = Enumerable.Range(0, 8).Select(index => Task.Run(async () =>
        {
            start.Wait();
            return await editors[index].SendJsonAsync(HttpMethod.Put, $"/api/v1/articles/{id}", bodies[index], etag);
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(racers);

        var statuses = responses.Select(response => response.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(status => status == HttpStatusCode.OK));
        Assert.Equal(7, statuses.Count(status => status == HttpStatusCode.PreconditionFailed));
        var winner = statuses.IndexOf(HttpStatusCode.OK);
        var stored = await (await editors[0].GetAsync($"/api/v1/articles/{id}")).JsonAsync();
        Assert.Equal($"Version {winner}", stored.GetProperty("title").GetString());
        Assert.Equal($"Summary {winner}", stored.GetProperty("summary").GetString());
        Assert.Equal($"<p>Body {winner}</p>", stored.GetProperty("bodyHtml").GetString());
        Assert.Equal(tags[winner].Id, Assert.Single(stored.GetProperty("tags").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(2, (await (await editors[0].GetAsync($"/api/v1/articles/{id}/revisions")).JsonAsync()).GetArrayLength());
    }

    private async Task<object?> BodyForAsync(string method, string path) => (method, path) switch
    {
        ("PUT", "") => await factory.ArticleBodyAsync(new { title = "Changed" }),
        ("PATCH", _) => new { title = "Changed" },
        ("PUT", "/links") => new[] { new { url = "https://example.com/x", title = "X" } },
        _ => null,
    };

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, object? body, string? ifMatch) =>
        method == "PATCH"
            ? client.SendJsonAsync(HttpMethod.Patch, url, body ?? new { }, ifMatch, "application/merge-patch+json")
            : client.SendJsonAsync(new HttpMethod(method), url, body, ifMatch);

    /// <summary>The article's current ETag, read from the database (GET's ETag belongs to the read side).</summary>
    private Task<string> CurrentETagAsync(Guid id) => factory.WithDbAsync(async db =>
        ArticleETag.From(await db.Articles.Where(article => article.Id == id).Select(article => article.Version).SingleAsync()));
}
