using System.Net;
using System.Text;
using System.Text.Json;
using ContentApi.Domain.Keys;
using ContentApi.IntegrationTests.Infrastructure;
using ContentApi.IntegrationTests.Syndication;

namespace ContentApi.IntegrationTests.Feedback;

public class FeedbackTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Readers_answers_are_accepted_anonymously_and_editors_read_the_counts()
    {
        var article = await factory.AddArticleAsync();
        var reader = factory.CreateClient(apiKey: null);

        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(reader, article.Slug, """{"helpful":true}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(reader, article.Id.ToString(), """{"helpful":true}""")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(reader, article.Slug, """{"helpful":false}""")).StatusCode);

        using var counts = JsonDocument.Parse(await factory.CreateAdminClient().GetStringAsync($"/api/v1/articles/{article.Id}/feedback"));
        var root = counts.RootElement;
        Assert.Equal(2, root.GetProperty("helpful").GetInt64());
        Assert.Equal(1, root.GetProperty("notHelpful").GetInt64());
        Assert.Equal(3, root.GetProperty("total").GetInt64());
        Assert.Equal(0.6667, root.GetProperty("helpfulShare").GetDouble());
        Assert.NotEqual(JsonValueKind.Null, root.GetProperty("lastAt").ValueKind);
    }

    [Fact]
    public async Task Answers_sent_at_the_same_moment_are_all_counted()
    {
        var article = await factory.AddArticleAsync();
        var reader = factory.CreateClient(apiKey: null);

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => PostAsync(reader, article.Slug, i % 3 == 0 ? """{"helpful":false}""" : """{"helpful":true}""")));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Accepted, response.StatusCode));
        using var counts = JsonDocument.Parse(await factory.CreateAdminClient().GetStringAsync($"/api/v1/articles/{article.Id}/feedback"));
        Assert.Equal(20, counts.RootElement.GetProperty("helpful").GetInt64());
        Assert.Equal(10, counts.RootElement.GetProperty("notHelpful").GetInt64());
    }

    [Fact]
    public async Task Feedback_on_a_draft_or_an_unknown_article_is_404_and_counts_nothing()
    {
        var draft = await factory.AddArticleAsync(new ArticleSpec { PublishedAt = null });
        var reader = factory.CreateClient(apiKey: null);

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(reader, draft.Id.ToString(), """{"helpful":true}""")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(reader, draft.Slug, """{"helpful":true}""")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(reader, Guid.NewGuid().ToString(), """{"helpful":true}""")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(reader, "no-such-article", """{"helpful":true}""")).StatusCode);

        using var counts = JsonDocument.Parse(await factory.CreateAdminClient().GetStringAsync($"/api/v1/articles/{draft.Id}/feedback"));
        Assert.Equal(0, counts.RootElement.GetProperty("total").GetInt64());
        Assert.Equal(JsonValueKind.Null, counts.RootElement.GetProperty("helpfulShare").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateAdminClient().GetAsync($"/api/v1/articles/{Guid.NewGuid()}/feedback")).StatusCode);
    }

    [Fact]
    public async Task An_old_slug_counts_for_its_article_unless_another_article_has_that_slug_now()
    {
        var renamed = await factory.AddArticleAsync(new ArticleSpec { Slug = TestData.Unique("old") });
        var oldSlug = renamed.Slug;
        await factory.WithDbAsync(async db =>
        {
            var article = await ArticleWrites.LoadAsync(db, renamed.Id);
            article.Apply(new Domain.Articles.ArticleContent(article.Type, article.Language, article.Title, TestData.Unique("new"), article.Summary,
                article.BodyHtml, [.. article.Authors.Select(a => a.AuthorId)], [], null, article.Syndicatable), DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        var reader = factory.CreateClient(apiKey: null);

        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(reader, oldSlug, """{"helpful":true}""")).StatusCode);
        var taker = await factory.AddArticleAsync(new ArticleSpec { Slug = oldSlug });
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(reader, oldSlug, """{"helpful":true}""")).StatusCode);

        var admin = factory.CreateAdminClient();
        using var renamedCounts = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/articles/{renamed.Id}/feedback"));
        using var takerCounts = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/articles/{taker.Id}/feedback"));
        Assert.Equal(1, renamedCounts.RootElement.GetProperty("helpful").GetInt64());
        Assert.Equal(1, takerCounts.RootElement.GetProperty("helpful").GetInt64());
    }

    [Theory]
    [InlineData("{}", "helpful")]
    [InlineData("""{"helpful":"yes"}""", "helpful")]
    [InlineData("""{"helpful":null}""", "helpful")]
    [InlineData("""{"helpful":true,"comment":"great"}""", "comment")]
    public async Task A_bad_answer_is_a_400_naming_the_field(string body, string field)
    {
        var article = await factory.AddArticleAsync();

        var response = await PostAsync(factory.CreateClient(apiKey: null), article.Slug, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.GetRawText());
    }

    [Fact]
    public async Task Only_editors_read_the_counts()
    {
        var article = await factory.AddArticleAsync();
        var readerKey = await factory.AddKeyAsync(ApiKeyRole.Reader);
        var url = $"/api/v1/articles/{article.Id}/feedback";

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient(apiKey: null).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClient(readerKey).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient(await factory.AddKeyAsync(ApiKeyRole.Editor)).GetAsync(url)).StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string idOrSlug, string body) =>
        client.PostAsync($"/api/v1/articles/{idOrSlug}/feedback", new StringContent(body, Encoding.UTF8, "application/json"));
}
