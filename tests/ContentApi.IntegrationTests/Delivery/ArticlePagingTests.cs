using System.Net;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Delivery;

public class ArticlePagingTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private static readonly DateTime Start = new(2015, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly HttpClient _client = factory.CreateClient(apiKey: null);

    [Fact]
    public async Task A_cursor_walk_sees_every_article_once_while_others_are_published()
    {
        var tag = await factory.AddTagAsync();
        var existing = new List<Guid>();
        for (var i = 0; i < 23; i++)
        {
            // Pairs share a publish time, so the id has to break the tie.
            existing.Add((await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = Start.AddHours(i / 2) })).Id);
        }

        var publishing = Task.Run(async () =>
        {
            for (var i = 0; i < 6; i++)
            {
                // Newer ones, and back-dated ones landing in the middle of the walk.
                var at = i % 2 == 0 ? DateTime.UtcNow.AddMinutes(-i) : Start.AddHours(5).AddMinutes(i);
                await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = at });
            }
        });

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = $"/api/v1/articles?tag={tag.Slug}&limit=4" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await _client.GetJsonAsync(url);
            seen.AddRange(page.Ids());
            cursor = page.NextCursor();
            pages++;
        }
        while (cursor is not null && pages < 50);
        await publishing;

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(existing, id => Assert.Contains(id, seen));
    }

    /// <summary>Two tag groups are read by sorting the smaller set, one by walking the index: both must page alike.</summary>
    [Theory]
    [InlineData("-publishedAt", false)]
    [InlineData("publishedAt", false)]
    [InlineData("-updatedAt", false)]
    [InlineData("-publishedAt", true)]
    [InlineData("publishedAt", true)]
    [InlineData("-updatedAt", true)]
    public async Task Every_sort_walks_in_the_same_order_as_one_big_page(string sort, bool twoTags)
    {
        var tag = await factory.AddTagAsync();
        var second = await factory.AddTagAsync();
        for (var i = 0; i < 9; i++)
        {
            await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id, second.Id], PublishedAt = Start.AddDays(i % 4) });
        }

        var filter = twoTags ? $"{tag.Slug},{second.Slug}" : tag.Slug;
        var all = (await _client.GetJsonAsync($"/api/v1/articles?tag={filter}&sort={sort}&limit=100")).Ids();
        var walked = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await _client.GetJsonAsync($"/api/v1/articles?tag={filter}&sort={sort}&limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            walked.AddRange(page.Ids());
            cursor = page.NextCursor();
        }
        while (cursor is not null);

        Assert.Equal(9, all.Count);
        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task The_last_page_has_no_next_cursor_and_no_link_header_and_the_others_have_both()
    {
        var tag = await factory.AddTagAsync();
        for (var i = 0; i < 3; i++)
        {
            await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id] });
        }

        var first = await _client.GetAsync($"/api/v1/articles?tag={tag.Slug}&limit=2");
        var firstJson = await first.JsonAsync();
        var link = Assert.Single(first.Headers.GetValues("Link"));
        var second = await _client.GetAsync($"/api/v1/articles?tag={tag.Slug}&limit=2&cursor={Uri.EscapeDataString(firstJson.NextCursor()!)}");
        var secondJson = await second.JsonAsync();

        Assert.Equal(2, firstJson.Ids().Count);
        Assert.Equal(2, firstJson.GetProperty("meta").GetProperty("limit").GetInt32());
        Assert.Matches("^<[^>]*cursor=[^>]+>; rel=\"next\"$", link);
        Assert.Contains($"tag={tag.Slug}", link);
        var nextUrl = link[1..link.IndexOf('>')];
        Assert.Equal(secondJson.Ids(), (await _client.GetJsonAsync(nextUrl)).Ids());
        Assert.Single(secondJson.Ids());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, secondJson.GetProperty("meta").GetProperty("nextCursor").ValueKind);
        Assert.False(second.Headers.Contains("Link"));
    }

    [Fact]
    public async Task Page_paging_gives_total_and_pages_and_links_the_next_page()
    {
        var tag = await factory.AddTagAsync();
        for (var i = 0; i < 5; i++)
        {
            await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = Start.AddDays(i) });
        }

        var all = (await _client.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}&limit=100")).Ids();
        var second = await _client.GetAsync($"/api/v1/articles?tag={tag.Slug}&limit=2&page=2");
        var secondJson = await second.JsonAsync();
        var third = await _client.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}&limit=2&page=3");
        var beyond = await _client.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}&limit=2&page=9");

        var meta = secondJson.GetProperty("meta");
        Assert.Equal(5, meta.GetProperty("total").GetInt64());
        Assert.Equal(3, meta.GetProperty("pages").GetInt64());
        Assert.Equal(2, meta.GetProperty("page").GetInt32());
        Assert.Equal(all.Skip(2).Take(2), secondJson.Ids());
        Assert.Contains("page=3", Assert.Single(second.Headers.GetValues("Link")));
        Assert.Equal(all.Skip(4), third.Ids());
        Assert.Empty(beyond.Ids());
        Assert.Equal(5, beyond.GetProperty("meta").GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_cursor_that_was_edited_or_belongs_to_another_sort_or_filter_is_a_400()
    {
        var tag = await factory.AddTagAsync();
        var other = await factory.AddTagAsync();
        for (var i = 0; i < 3; i++)
        {
            await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id, other.Id] });
        }

        var cursor = (await _client.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}&limit=1")).NextCursor()!;
        var edited = (cursor[0] == 'A' ? "B" : "A") + cursor[1..];

        await (await _client.GetAsync($"/api/v1/articles?tag={tag.Slug}&limit=1&cursor={edited}")).AssertBadRequestAsync("cursor");
        await (await _client.GetAsync($"/api/v1/articles?tag={tag.Slug}&limit=1&cursor=not-a-cursor")).AssertBadRequestAsync("cursor");
        await (await _client.GetAsync($"/api/v1/articles?tag={tag.Slug}&limit=1&sort=publishedAt&cursor={cursor}")).AssertBadRequestAsync("cursor");
        await (await _client.GetAsync($"/api/v1/articles?tag={other.Slug}&limit=1&cursor={cursor}")).AssertBadRequestAsync("cursor");
        await (await _client.GetAsync($"/api/v1/sitemap?cursor={cursor}")).AssertBadRequestAsync("cursor");
        await (await _client.GetAsync($"/api/v1/articles?tag={tag.Slug}&page=2&cursor={cursor}")).AssertBadRequestAsync("page");
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/v1/articles?tag={tag.Slug}&limit=2&include=body&cursor={cursor}")).StatusCode);
    }
}
