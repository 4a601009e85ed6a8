using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Delivery;

/// <summary>The service with Delivery:SearchTotalLimit=3, so a handful of articles crosses the limit.</summary>
public sealed class SearchTotalFactory : ContentApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Delivery:SearchTotalLimit"] = "3" };
}

/// <summary>A search counts its matches up to Delivery:SearchTotalLimit; past it, meta.total says "at least".</summary>
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
    public async Task Totals_within_the_limit_and_lists_without_a_search_stay_exact()
    {
        var word = DeliveryJson.Word();
        var tag = await factory.AddTagAsync();
        for (var i = 0; i < 5; i++)
        {
            await factory.AddArticleAsync(new ArticleSpec { Title = i < 2 ? $"Story {i} {word}" : $"Story {i}", TagIds = [tag.Id] });
        }

        var search = (await _client.GetJsonAsync($"/api/v1/articles?q={word}&page=1")).GetProperty("meta");
        var tagged = (await _client.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}&page=1")).GetProperty("meta");

        Assert.Equal(2, search.GetProperty("total").GetInt64());
        Assert.False(search.TryGetProperty("totalIsLowerBound", out _));
        Assert.Equal(5, tagged.GetProperty("total").GetInt64());
        Assert.False(tagged.TryGetProperty("totalIsLowerBound", out _));
    }
}
