using System.Text.Json;
using ContentApi.Domain.Articles;
using ContentApi.Domain.Tags;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Delivery;

public class FacetTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient(apiKey: null);

    private static Dictionary<string, long> Counts(JsonElement page, string facet) =>
        page.GetProperty("meta").GetProperty("facets").GetProperty(facet).EnumerateArray()
            .ToDictionary(item => item.GetProperty("slug").GetString()!, item => item.GetProperty("count").GetInt64());

    [Fact]
    public async Task Facets_count_the_whole_filtered_set_not_just_the_page()
    {
        var scope = await factory.AddTagAsync(kind: TagKind.Group);
        var peru = await factory.AddTagAsync(name: "Peru");
        var ana = await factory.AddAuthorAsync("Ana");
        var ben = await factory.AddAuthorAsync("Ben");
        await factory.AddArticleAsync(new ArticleSpec { TagIds = [scope.Id, peru.Id], AuthorIds = [ana.Id], Type = ArticleType.News });
        await factory.AddArticleAsync(new ArticleSpec { TagIds = [scope.Id, peru.Id], AuthorIds = [ana.Id, ben.Id], Type = ArticleType.News, Language = "es" });
        await factory.AddArticleAsync(new ArticleSpec { TagIds = [scope.Id], AuthorIds = [ben.Id], Type = ArticleType.Analysis });
        await factory.AddArticleAsync(new ArticleSpec { TagIds = [scope.Id, peru.Id], AuthorIds = [ana.Id], PublishedAt = null });

        var page = await _client.GetJsonAsync($"/api/v1/articles?tag={scope.Slug}&limit=1&facets=tag,author,type,language");

        Assert.Single(page.Ids());
        Assert.Equal(new Dictionary<string, long> { [scope.Slug] = 3, [peru.Slug] = 2 }, Counts(page, "tag"));
        Assert.Equal(new Dictionary<string, long> { [ana.Slug] = 2, [ben.Slug] = 2 }, Counts(page, "author"));
        Assert.Equal(new Dictionary<string, long> { ["news"] = 2, ["analysis"] = 1 }, Counts(page, "type"));
        Assert.Equal(new Dictionary<string, long> { ["en"] = 2, ["es"] = 1 }, Counts(page, "language"));
        var peruFacet = page.GetProperty("meta").GetProperty("facets").GetProperty("tag").EnumerateArray().Single(item => item.GetProperty("slug").GetString() == peru.Slug);
        Assert.Equal("Peru", peruFacet.GetProperty("name").GetString());
        Assert.Equal("English", page.GetProperty("meta").GetProperty("facets").GetProperty("language")[0].GetProperty("name").GetString());
        Assert.False(page.GetProperty("meta").TryGetProperty("total", out _));
    }

    [Fact]
    public async Task Facets_and_totals_follow_a_publish_at_once()
    {
        var scope = await factory.AddTagAsync();
        await factory.AddArticleAsync(new ArticleSpec { TagIds = [scope.Id] });
        var draft = await factory.AddArticleAsync(new ArticleSpec { TagIds = [scope.Id], Type = ArticleType.Report, PublishedAt = null });
        var url = $"/api/v1/articles?tag={scope.Slug}&page=1&facets=type";

        var before = await _client.GetJsonAsync(url);
        await factory.ChangeArticleAsync(draft.Id, article => article.Publish(null, DateTime.UtcNow));
        var after = await _client.GetJsonAsync(url);
        var otherLimit = await _client.GetJsonAsync(url + "&limit=1");

        Assert.Equal(1, before.GetProperty("meta").GetProperty("total").GetInt64());
        Assert.Equal(2, after.GetProperty("meta").GetProperty("total").GetInt64());
        Assert.Equal(1, Counts(after, "type")["report"]);
        Assert.Equal(2, otherLimit.GetProperty("meta").GetProperty("pages").GetInt64());
    }
}
