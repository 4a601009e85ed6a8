using System.Text.Json;
using ContentApi.Domain.Articles;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Delivery;

/// <summary>The service with Delivery:SearchTotalLimit=3, so a handful of articles crosses the limit.</summary>
public sealed class SearchTotalFactory : ContentApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Delivery:SearchTotalLimit"] = "3" };
}

/// <summary>
/// A search counts its matches up to Delivery:SearchTotalLimit; past it, meta.total says "at least" and the facets
/// count the newest that many matches.
/// </summary>
public class SearchTotalTests(SearchTotalFactory factory) : IClassFixture<SearchTotalFactory>
{
    private readonly HttpClient _client = factory.CreateClient(apiKey: null);

    [Fact]
    public async Task A_search_past_the_limit_says_its_total_is_a_lower_bound_and_later_pages_still_answer()
    {
        var word = DeliveryJson.Word();
        for (var i = 0; i < 5; i++)
        {
            await factory.AddArticleAsync(new ArticleSpec { Title = $"Story {i} {word}", PublishedAt = DateTime.UtcNow.AddMinutes(-i) });
        }

        var first = (await _client.GetJsonAsync($"/api/v1/articles?q={word}&page=1&limit=2")).GetProperty("meta");
        var last = await _client.GetJsonAsync($"/api/v1/articles?q={word}&page=3&limit=2");

        Assert.Equal(3, first.GetProperty("total").GetInt64());
        Assert.Equal(2, first.GetProperty("pages").GetInt64());
        Assert.True(first.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.Single(last.Ids());
    }

    [Fact]
    public async Task A_search_past_the_limit_counts_facets_over_its_newest_matches_and_says_so()
    {
        var word = DeliveryJson.Word();
        var (recentTag, oldTag) = (await factory.AddTagAsync(), await factory.AddTagAsync());
        var (recentAuthor, oldAuthor) = (await factory.AddAuthorAsync(), await factory.AddAuthorAsync());
        for (var i = 0; i < 5; i++)
        {
            var recent = i < 3;
            await factory.AddArticleAsync(new ArticleSpec
            {
                Title = $"Story {i} {word}",
                PublishedAt = DateTime.UtcNow.AddMinutes(-i),
                Type = recent ? ArticleType.Analysis : ArticleType.Brief,
                TagIds = [recent ? recentTag.Id : oldTag.Id],
                AuthorIds = [recent ? recentAuthor.Id : oldAuthor.Id],
            });
        }

        var meta = (await _client.GetJsonAsync($"/api/v1/articles?q={word}&facets=tag,author,type,language")).GetProperty("meta");

        var facets = meta.GetProperty("facets");
        Assert.Equal([(recentTag.Slug, 3L)], Counts(facets.GetProperty("tag")));
        Assert.Equal([(recentAuthor.Slug, 3L)], Counts(facets.GetProperty("author")));
        Assert.Equal([("analysis", 3L)], Counts(facets.GetProperty("type")));
        Assert.Equal([("en", 3L)], Counts(facets.GetProperty("language")));
        Assert.True(meta.GetProperty("facetsAreLowerBounds").GetBoolean());
        Assert.False(meta.TryGetProperty("totalIsLowerBound", out _));
    }

    [Fact]
    public async Task Totals_within_the_limit_and_lists_without_a_search_stay_exact()
    {
        var word = DeliveryJson.Word();
        var tag = await factory.AddTagAsync();
        for (var i = 0; i < 5; i++)
        {
            await factory.AddArticleAsync(new ArticleSpec { Title = i < 2 ? $"Story {i} {word}" : $"Story {i}", TagIds = [tag.Id] });
        }

        var search = (await _client.GetJsonAsync($"/api/v1/articles?q={word}&page=1&facets=tag")).GetProperty("meta");
        var tagged = (await _client.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}&page=1&facets=tag")).GetProperty("meta");

        Assert.Equal(2, search.GetProperty("total").GetInt64());
        Assert.Equal([(tag.Slug, 2L)], Counts(search.GetProperty("facets").GetProperty("tag")));
        Assert.False(search.TryGetProperty("totalIsLowerBound", out _));
        Assert.False(search.TryGetProperty("facetsAreLowerBounds", out _));
        Assert.Equal(5, tagged.GetProperty("total").GetInt64());
        Assert.Equal([(tag.Slug, 5L)], Counts(tagged.GetProperty("facets").GetProperty("tag")));
        Assert.False(tagged.TryGetProperty("totalIsLowerBound", out _));
        Assert.False(tagged.TryGetProperty("facetsAreLowerBounds", out _));
    }

    private static List<(string Slug, long Count)> Counts(JsonElement facet) =>
        [.. facet.EnumerateArray().Select(value => (value.GetProperty("slug").GetString()!, value.GetProperty("count").GetInt64()))];
}
