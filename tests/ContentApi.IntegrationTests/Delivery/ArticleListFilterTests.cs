using ContentApi.Domain.Articles;
using ContentApi.Domain.Keys;
using ContentApi.Domain.Tags;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Delivery;

public class ArticleListFilterTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient(apiKey: null);

    [Fact]
    public async Task Tag_filter_follows_and_or_not_semantics()
    {
        var peru = await factory.AddTagAsync();
        var cocaine = await factory.AddTagAsync(kind: TagKind.Topic);
        var coca = await factory.AddTagAsync(kind: TagKind.Topic);
        var opinion = await factory.AddTagAsync(kind: TagKind.Topic);
        var peruAndCocaine = await factory.AddArticleAsync(new ArticleSpec { TagIds = [peru.Id, cocaine.Id] });
        var peruAndCoca = await factory.AddArticleAsync(new ArticleSpec { TagIds = [peru.Id, coca.Id] });
        var peruOnly = await factory.AddArticleAsync(new ArticleSpec { TagIds = [peru.Id] });
        var cocaineOnly = await factory.AddArticleAsync(new ArticleSpec { TagIds = [cocaine.Id] });
        var opinionated = await factory.AddArticleAsync(new ArticleSpec { TagIds = [peru.Id, cocaine.Id, opinion.Id] });

        async Task<List<Guid>> Filter(string tag) => [.. (await _client.GetJsonAsync($"/api/v1/articles?limit=100&tag={Uri.EscapeDataString(tag)}")).Ids()];

        DeliveryJson.AssertSet([peruAndCocaine.Id, opinionated.Id], await Filter($"{peru.Slug},{cocaine.Slug}"));
        DeliveryJson.AssertSet([peruAndCocaine.Id, peruAndCoca.Id, cocaineOnly.Id, opinionated.Id], await Filter($"{cocaine.Slug}|{coca.Slug}"));
        DeliveryJson.AssertSet([peruAndCocaine.Id, peruAndCoca.Id, opinionated.Id], await Filter($"{peru.Slug},{cocaine.Slug}|{coca.Slug}"));
        DeliveryJson.AssertSet([peruAndCocaine.Id, peruAndCoca.Id, peruOnly.Id], await Filter($"{peru.Slug},-{opinion.Slug}"));
        DeliveryJson.AssertSet([peruAndCocaine.Id, peruAndCoca.Id], await Filter($"{peru.Slug},{cocaine.Slug}|{coca.Slug},-{opinion.Slug}"));
        DeliveryJson.AssertSet([peruAndCocaine.Id, peruAndCoca.Id, peruOnly.Id, opinionated.Id], await Filter($"{peru.Slug}|no-such-tag"));
        Assert.Empty(await Filter($"{peru.Slug},no-such-tag"));
        Assert.Empty(await Filter("no-such-tag"));
    }

    [Fact]
    public async Task Type_author_and_lang_filters_combine_with_tags()
    {
        var tag = await factory.AddTagAsync();
        var ana = await factory.AddAuthorAsync();
        var ben = await factory.AddAuthorAsync();
        var carla = await factory.AddAuthorAsync();
        var anaNews = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], AuthorIds = [ana.Id], Type = ArticleType.News });
        var benAnalysisEs = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], AuthorIds = [ben.Id, carla.Id], Type = ArticleType.Analysis, Language = "es" });
        var carlaBrief = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], AuthorIds = [carla.Id], Type = ArticleType.Brief });

        async Task<List<Guid>> Filter(string query) => [.. (await _client.GetJsonAsync($"/api/v1/articles?limit=100&tag={tag.Slug}&{query}")).Ids()];

        DeliveryJson.AssertSet([anaNews.Id, benAnalysisEs.Id], await Filter("type=news,analysis"));
        DeliveryJson.AssertSet([benAnalysisEs.Id, carlaBrief.Id], await Filter($"author={carla.Slug}"));
        DeliveryJson.AssertSet([anaNews.Id, benAnalysisEs.Id], await Filter($"author={ana.Slug},{ben.Slug}"));
        DeliveryJson.AssertSet([benAnalysisEs.Id], await Filter("lang=es"));
        DeliveryJson.AssertSet([benAnalysisEs.Id], await Filter($"lang=es&type=analysis&author={carla.Slug}"));
        Assert.Empty(await Filter("lang=es&type=brief"));
        Assert.Empty(await Filter("author=nobody-by-that-name"));
    }

    [Fact]
    public async Task From_and_to_are_inclusive_and_take_dates_or_date_times()
    {
        var tag = await factory.AddTagAsync();
        var early = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = Utc(2012, 10, 9, 23, 59) });
        var startOfDay = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = Utc(2012, 10, 10, 0, 0) });
        var endOfDay = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = Utc(2012, 10, 10, 23, 59) });
        var late = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = Utc(2012, 10, 11, 0, 0) });

        async Task<List<Guid>> Filter(string query) => [.. (await _client.GetJsonAsync($"/api/v1/articles?limit=100&tag={tag.Slug}&{query}")).Ids()];

        DeliveryJson.AssertSet([startOfDay.Id, endOfDay.Id], await Filter("from=2012-10-10&to=2012-10-10"));
        DeliveryJson.AssertSet([startOfDay.Id, endOfDay.Id, late.Id], await Filter("from=2012-10-10T00:00:00Z"));
        DeliveryJson.AssertSet([early.Id, startOfDay.Id], await Filter("to=2012-10-10T00:00:00Z"));
        DeliveryJson.AssertSet([startOfDay.Id], await Filter("from=2012-10-10T02:00:00%2B02:00&to=2012-10-10T01:00:00Z"));
    }

    [Fact]
    public async Task Sorts_order_by_publish_date_either_way_or_by_last_update()
    {
        var tag = await factory.AddTagAsync();
        var first = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = Utc(2020, 1, 1, 0, 0) });
        var second = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = Utc(2021, 1, 1, 0, 0) });
        await factory.ChangeArticleAsync(first.Id, article => article.Apply(DeliveryTestData.ContentOf(article, title: "Edited later"), DateTime.UtcNow.AddSeconds(5)));

        Assert.Equal([second.Id, first.Id], (await _client.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}")).Ids());
        Assert.Equal([first.Id, second.Id], (await _client.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}&sort=publishedAt")).Ids());
        Assert.Equal([first.Id, second.Id], (await _client.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}&sort=-updatedAt")).Ids());
    }

    [Fact]
    public async Task Cards_leave_out_body_and_links_unless_included()
    {
        var tag = await factory.AddTagAsync();
        await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id] });

        var card = (await _client.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}")).GetProperty("data")[0];
        var full = (await _client.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}&include=body,relatedLinks")).GetProperty("data")[0];
        var bodyOnly = (await _client.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}&include=body")).GetProperty("data")[0];

        Assert.False(card.TryGetProperty("bodyHtml", out _));
        Assert.False(card.TryGetProperty("relatedLinks", out _));
        Assert.StartsWith("<p>", full.GetProperty("bodyHtml").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, full.GetProperty("relatedLinks").ValueKind);
        Assert.False(bodyOnly.TryGetProperty("relatedLinks", out _));
    }

    [Fact]
    public async Task Editors_may_list_drafts_with_status_others_get_a_400()
    {
        var tag = await factory.AddTagAsync();
        var draft = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = null });
        var published = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id] });
        var editor = factory.CreateClient(await factory.AddKeyAsync(ApiKeyRole.Editor));
        var reader = factory.CreateClient(await factory.AddKeyAsync(ApiKeyRole.Reader));

        Assert.Equal([draft.Id], (await editor.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}&status=draft")).Ids());
        DeliveryJson.AssertSet([draft.Id, published.Id], (await editor.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}&status=draft,published")).Ids());
        Assert.Equal([published.Id], (await editor.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}")).Ids());
        await (await _client.GetAsync($"/api/v1/articles?tag={tag.Slug}&status=draft")).AssertBadRequestAsync("status");
        await (await reader.GetAsync($"/api/v1/articles?tag={tag.Slug}&status=draft")).AssertBadRequestAsync("status");
        await (await editor.GetAsync($"/api/v1/articles?tag={tag.Slug}&status=draft&sort=-publishedAt")).AssertBadRequestAsync("sort");
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
