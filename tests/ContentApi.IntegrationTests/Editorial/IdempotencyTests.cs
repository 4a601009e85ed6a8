using System.Net;
using System.Net.Http.Json;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Editorial;

/// <summary>Idempotency-Key on creates: a retried POST returns the first response and makes no second article.</summary>
public class IdempotencyTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task A_retried_create_replays_the_first_response_and_makes_one_article()
    {
        var editor = await factory.CreateEditorClientAsync();
        var body = await factory.ArticleBodyAsync();
        var key = Guid.NewGuid().ToString();

        var first = await PostAsync(editor, body, key);
        var retry = await PostAsync(editor, body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(first.ETagOf(), retry.ETagOf());
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await CountTitledAsync((string)body["title"]!));
    }

    [Fact]
    public async Task Concurrent_duplicates_make_one_article_and_get_the_same_answer()
    {
        var editor = await factory.CreateEditorClientAsync();
        var body = await factory.ArticleBodyAsync();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostAsync(editor, body, key)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        Assert.Single(responses.Select(response => response.Headers.Location).Distinct());
        Assert.Equal(1, await CountTitledAsync((string)body["title"]!));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422()
    {
        var editor = await factory.CreateEditorClientAsync();
        var key = Guid.NewGuid().ToString();
        await PostAsync(editor, await factory.ArticleBodyAsync(), key);
        var other = await factory.ArticleBodyAsync();

        var response = await PostAsync(editor, other, key);

        await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await CountTitledAsync((string)other["title"]!));
    }

    [Fact]
    public async Task Keys_belong_to_the_api_key_that_sent_them()
    {
        var key = Guid.NewGuid().ToString();
        var body = await factory.ArticleBodyAsync();

        var first = await PostAsync(await factory.CreateEditorClientAsync(), body, key);
        var second = await PostAsync(await factory.CreateEditorClientAsync(), body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.NotEqual(first.Headers.Location, second.Headers.Location);
        Assert.Equal(2, await CountTitledAsync((string)body["title"]!));
    }

    [Fact]
    public async Task A_failed_create_is_not_remembered()
    {
        var editor = await factory.CreateEditorClientAsync();
        var key = Guid.NewGuid().ToString();
        var body = await factory.ArticleBodyAsync(new { tagIds = new[] { Guid.CreateVersion7() } });

        var failed = await PostAsync(editor, body, key);
        var fixedBody = await factory.ArticleBodyAsync();
        var retried = await PostAsync(editor, fixedBody, key);

        Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
    }

    [Fact]
    public async Task An_overlong_key_is_400_naming_the_header()
    {
        var response = await PostAsync(await factory.CreateEditorClientAsync(), await factory.ArticleBodyAsync(), new string('k', 256));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(await response.ErrorsForAsync("Idempotency-Key"));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/articles") { Content = JsonContent.Create(body, options: TestJson.Options) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private Task<int> CountTitledAsync(string title) =>
        factory.WithDbAsync(db => Task.FromResult(db.Articles.Count(article => article.Title == title)));
}
