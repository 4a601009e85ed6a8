using System.Net;
using System.Text.Json;
using ContentApi.Domain.Articles;
using ContentApi.Domain.Tags;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Foundation;

public class ArticleReadTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Get_by_slug_returns_the_article_in_the_contract_shape()
    {
        var peru = await factory.AddTagAsync(TestData.Unique("peru"), TagKind.Country, "Peru");
        var cocaine = await factory.AddTagAsync(kind: TagKind.Topic);
        var author = await factory.AddAuthorAsync("Ana Reporter");
        var article = await factory.AddArticleAsync(new ArticleSpec
        {
            Title = "Peru Weighs Larger Military Role",
            Slug = TestData.Unique("peru-weighs"),
            AuthorIds = [author.Id],
            TagIds = [cocaine.Id, peru.Id],
            PrimaryTagId = peru.Id,
            PublishedAt = new DateTime(2012, 10, 10, 0, 0, 0, DateTimeKind.Utc),
        });

        var response = await factory.CreateClient(apiKey: null).GetAsync($"/api/v1/articles/{article.Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(article.Id, root.GetProperty("id").GetGuid());
        Assert.Equal("brief", root.GetProperty("type").GetString());
        Assert.Equal("published", root.GetProperty("status").GetString());
        Assert.Equal("2012-10-10T00:00:00Z", root.GetProperty("publishedAt").GetString());
        Assert.Equal("Peru", root.GetProperty("primaryTag").GetProperty("name").GetString());
        Assert.Equal("country", root.GetProperty("primaryTag").GetProperty("kind").GetString());
        Assert.Equal([cocaine.Slug, peru.Slug], root.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("slug").GetString()));
        Assert.Equal("Ana Reporter", root.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal($"https://www.example.org/news/{article.Slug}/", root.GetProperty("canonicalUrl").GetString());
        Assert.Equal("CC BY-NC 3.0", root.GetProperty("license").GetProperty("name").GetString());
        Assert.StartsWith("<p>", root.GetProperty("bodyHtml").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("relatedLinks").ValueKind);
        Assert.True(root.GetProperty("wordCount").GetInt32() > 0);
        Assert.Equal(1, root.GetProperty("readingTimeMinutes").GetInt32());
    }

    [Fact]
    public async Task A_draft_is_404_without_an_editor_key_and_visible_with_one()
    {
        var draft = await factory.AddArticleAsync(new ArticleSpec { PublishedAt = null });

        var anonymous = await factory.CreateClient(apiKey: null).GetAsync($"/api/v1/articles/{draft.Id}");
        var editor = await factory.CreateAdminClient().GetAsync($"/api/v1/articles/{draft.Id}");

        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, editor.StatusCode);
    }

    [Fact]
    public async Task The_list_shows_published_articles_newest_first_and_never_a_draft()
    {
        var older = await factory.AddArticleAsync(new ArticleSpec { PublishedAt = DateTime.UtcNow.AddDays(-2) });
        var newer = await factory.AddArticleAsync(new ArticleSpec { PublishedAt = DateTime.UtcNow.AddDays(-1) });
        var draft = await factory.AddArticleAsync(new ArticleSpec { PublishedAt = null });

        var response = await factory.CreateClient(apiKey: null).GetAsync("/api/v1/articles?limit=100");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = json.RootElement.GetProperty("data").EnumerateArray().Select(card => card.GetProperty("id").GetGuid()).ToList();

        Assert.DoesNotContain(draft.Id, ids);
        Assert.True(ids.IndexOf(newer.Id) < ids.IndexOf(older.Id));
        Assert.All(json.RootElement.GetProperty("data").EnumerateArray(), card => Assert.False(card.TryGetProperty("bodyHtml", out _)));
    }

    [Fact]
    public async Task An_old_slug_redirects_permanently_to_the_current_one()
    {
        var article = await factory.AddArticleAsync(new ArticleSpec { Slug = TestData.Unique("old") });
        var newSlug = TestData.Unique("new");
        await factory.WithDbAsync(async db =>
        {
            db.Attach(article);
            await db.Entry(article).Collection(a => a.Authors).LoadAsync();
            await db.Entry(article).Collection(a => a.Tags).LoadAsync();
            article.Apply(new ArticleContent(article.Type, article.Language, article.Title, newSlug, article.Summary, article.BodyHtml,
                [.. article.Authors.Select(a => a.AuthorId)], [], null, article.Syndicatable), DateTime.UtcNow);
            await db.SaveChangesAsync();
        });

        var response = await factory.CreateClient(apiKey: null).GetAsync($"/api/v1/articles/{article.OldSlugs[0].Slug}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/api/v1/articles/{newSlug}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Authors_and_tags_count_only_published_articles()
    {
        var tag = await factory.AddTagAsync();
        var author = await factory.AddAuthorAsync();
        await factory.AddArticleAsync(new ArticleSpec { AuthorIds = [author.Id], TagIds = [tag.Id] });
        await factory.AddArticleAsync(new ArticleSpec { AuthorIds = [author.Id], TagIds = [tag.Id], PublishedAt = null });
        var client = factory.CreateClient(apiKey: null);

        using var authors = JsonDocument.Parse(await client.GetStringAsync("/api/v1/authors"));
        using var tags = JsonDocument.Parse(await client.GetStringAsync("/api/v1/tags"));

        var authorJson = authors.RootElement.GetProperty("data").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == author.Id);
        var tagJson = tags.RootElement.GetProperty("data").EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == tag.Id);
        Assert.Equal(1, authorJson.GetProperty("articleCount").GetInt64());
        Assert.Equal(1, tagJson.GetProperty("articleCount").GetInt64());
    }
}
