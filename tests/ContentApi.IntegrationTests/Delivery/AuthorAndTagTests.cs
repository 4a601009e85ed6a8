using System.Net;
using ContentApi.Domain.Tags;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Delivery;

public class AuthorAndTagTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient(apiKey: null);

    [Fact]
    public async Task A_tag_by_slug_or_id_has_its_published_article_count_and_its_page_takes_list_parameters()
    {
        var tag = await factory.AddTagAsync(kind: TagKind.Topic);
        var older = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
        var newer = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], Language = "es" });
        await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = null });

        var bySlug = await _client.GetJsonAsync($"/api/v1/tags/{tag.Slug}");
        var byId = await _client.GetJsonAsync($"/api/v1/tags/{tag.Id}");
        var page = await _client.GetJsonAsync($"/api/v1/tags/{tag.Slug}/articles");
        var spanish = await _client.GetJsonAsync($"/api/v1/tags/{tag.Id}/articles?lang=es&facets=language");

        Assert.Equal(2, bySlug.GetProperty("articleCount").GetInt64());
        Assert.Equal("topic", bySlug.GetProperty("kind").GetString());
        Assert.Equal(tag.Slug, byId.GetProperty("slug").GetString());
        Assert.Equal([newer.Id, older.Id], page.Ids());
        Assert.Equal([newer.Id], spanish.Ids());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/tags/no-such-tag")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/tags/no-such-tag/articles")).StatusCode);
    }

    [Fact]
    public async Task An_author_by_slug_or_id_has_their_published_article_count_and_their_page()
    {
        var author = await factory.AddAuthorAsync("Jeremy McDermott");
        var coAuthor = await factory.AddAuthorAsync();
        var solo = await factory.AddArticleAsync(new ArticleSpec { AuthorIds = [author.Id] });
        var shared = await factory.AddArticleAsync(new ArticleSpec { AuthorIds = [coAuthor.Id, author.Id] });
        await factory.AddArticleAsync(new ArticleSpec { AuthorIds = [author.Id], PublishedAt = null });

        var json = await _client.GetJsonAsync($"/api/v1/authors/{author.Slug}");
        var page = await _client.GetJsonAsync($"/api/v1/authors/{author.Id}/articles?limit=100");
        var filtered = await _client.GetJsonAsync($"/api/v1/authors/{author.Slug}/articles?author={coAuthor.Slug}");

        Assert.Equal(2, json.GetProperty("articleCount").GetInt64());
        Assert.Equal("Jeremy McDermott", json.GetProperty("name").GetString());
        DeliveryJson.AssertSet([solo.Id, shared.Id], page.Ids());
        Assert.Equal([shared.Id], filtered.Ids());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/authors/nobody/articles")).StatusCode);
    }

    [Fact]
    public async Task The_tag_picker_filters_by_kind_and_name_prefix_ignoring_case_and_accents()
    {
        var prefix = DeliveryJson.Word()[..8];
        var peru = await factory.AddTagAsync(kind: TagKind.Country, name: $"Perú {prefix}");
        var person = await factory.AddTagAsync(kind: TagKind.Person, name: $"{prefix} Pérez");
        var topic = await factory.AddTagAsync(kind: TagKind.Topic, name: $"{prefix} Cocaine");

        async Task<List<Guid>> Pick(string query) => (await _client.GetJsonAsync($"/api/v1/tags?{query}")).Ids();

        DeliveryJson.AssertSet([peru.Id, person.Id, topic.Id], await Pick($"q={prefix.ToUpperInvariant()}"));
        DeliveryJson.AssertSet([peru.Id], await Pick($"q=peru {prefix}"));
        DeliveryJson.AssertSet([person.Id], await Pick($"q={prefix}&kind=person"));
        DeliveryJson.AssertSet([person.Id, topic.Id], await Pick($"q={prefix}&kind=person,topic"));
        DeliveryJson.AssertSet([person.Id], await Pick($"q={prefix} per"));
        Assert.Empty(await Pick($"q={prefix}%25"));
    }

    [Fact]
    public async Task Tag_and_author_lists_page_by_cursor_in_name_order()
    {
        var prefix = DeliveryJson.Word()[..8];
        var names = new[] { "Delta", "Alpha", "Charlie", "Bravo", "Echo" };
        foreach (var name in names)
        {
            await factory.AddTagAsync(name: $"{prefix} {name}");
            await factory.AddAuthorAsync($"{prefix} {name}");
        }

        foreach (var resource in new[] { "tags", "authors" })
        {
            var walked = new List<string>();
            string? cursor = null;
            do
            {
                var page = await _client.GetJsonAsync($"/api/v1/{resource}?q={prefix}&limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
                walked.AddRange(page.GetProperty("data").EnumerateArray().Select(item => item.GetProperty("name").GetString()!));
                cursor = page.NextCursor();
            }
            while (cursor is not null);

            Assert.Equal(names.Order().Select(name => $"{prefix} {name}"), walked);
        }
    }
}
