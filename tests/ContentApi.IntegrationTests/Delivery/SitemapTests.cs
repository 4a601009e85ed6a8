using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Delivery;

public class SitemapTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task The_sitemap_pages_through_every_published_article_and_no_draft()
    {
        var published = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            published.Add((await factory.AddArticleAsync(new ArticleSpec { PublishedAt = DateTime.UtcNow.AddDays(-i) })).Slug);
        }

        var draft = await factory.AddArticleAsync(new ArticleSpec { PublishedAt = null });
        var client = factory.CreateClient(apiKey: null);

        var entries = new List<System.Text.Json.JsonElement>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync("/api/v1/sitemap?limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            entries.AddRange(page.GetProperty("data").EnumerateArray());
            cursor = page.NextCursor();
        }
        while (cursor is not null);

        var slugs = entries.Select(entry => entry.GetProperty("slug").GetString()).ToList();
        Assert.All(published, slug => Assert.Contains(slug, slugs));
        Assert.DoesNotContain(draft.Slug, slugs);
        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        var first = entries.Single(entry => entry.GetProperty("slug").GetString() == published[0]);
        Assert.Equal($"https://www.example.org/news/{published[0]}/", first.GetProperty("canonicalUrl").GetString());
        Assert.Equal("en", first.GetProperty("language").GetString());
        Assert.True(first.TryGetProperty("updatedAt", out _));
        Assert.Equal(4, first.EnumerateObject().Count());
    }
}
