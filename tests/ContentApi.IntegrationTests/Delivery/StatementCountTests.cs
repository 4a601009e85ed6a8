using System.Net;
using ContentApi.Infrastructure.Caching;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.IntegrationTests.Delivery;

/// <summary>A read costs a fixed, small number of SQL statements, whatever the page size: never one per item.</summary>
public class StatementCountTests(StatementCountingFactory factory) : IClassFixture<StatementCountingFactory>
{
    [Fact]
    public async Task Reads_cost_at_most_two_statements_whatever_the_page_size()
    {
        var word = DeliveryJson.Word();
        var tag = await factory.AddTagAsync();
        var otherTag = await factory.AddTagAsync();
        var author = await factory.AddAuthorAsync();
        var coAuthor = await factory.AddAuthorAsync();
        var articles = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            articles.Add((await factory.AddArticleAsync(new ArticleSpec
            {
                TagIds = [tag.Id, otherTag.Id], AuthorIds = [author.Id, coAuthor.Id], Title = $"Story {i} {word}", PublishedAt = DateTime.UtcNow.AddMinutes(-i),
            })).Id);
        }

        // Slugs in filters are looked up once per content generation (see the next test); this warms them.
        await factory.GetCountingAsync($"/api/v1/articles?tag={tag.Slug}&author={author.Slug}&limit=1");
        var counts = new Dictionary<string, int>();
        foreach (var url in new[]
        {
            $"/api/v1/articles?tag={tag.Slug}&limit=5",
            $"/api/v1/articles?tag={tag.Slug}&limit=100&include=body,relatedLinks",
            $"/api/v1/articles?q={word}&limit=5",
            $"/api/v1/articles?q={word}&limit=100",
            $"/api/v1/articles?tag={tag.Slug}&limit=5&page=2",
            $"/api/v1/articles?tag={tag.Slug}&limit=100&page=1",
            $"/api/v1/articles/{articles[0]}",
            $"/api/v1/articles/{articles[1]}/related?limit=1",
            $"/api/v1/articles/{articles[1]}/related?limit=20",
            $"/api/v1/articles?author={author.Slug}&limit=100",
            $"/api/v1/tags/{tag.Slug}/articles?limit=5",
            $"/api/v1/tags/{tag.Slug}/articles?limit=100",
            $"/api/v1/authors/{author.Slug}/articles?limit=100",
            "/api/v1/sitemap?limit=5",
            "/api/v1/sitemap?limit=1000",
            "/api/v1/tags?limit=100",
            "/api/v1/authors?limit=100",
        })
        {
            var (response, statements) = await factory.GetCountingAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            counts[url] = statements;
        }

        Assert.All(counts, pair => Assert.InRange(pair.Value, 1, 2));
        Assert.Equal(counts[$"/api/v1/articles?tag={tag.Slug}&limit=5"], counts[$"/api/v1/articles?tag={tag.Slug}&limit=100&include=body,relatedLinks"]);
        Assert.Equal(counts[$"/api/v1/articles?q={word}&limit=5"], counts[$"/api/v1/articles?q={word}&limit=100"]);
        Assert.Equal(counts["/api/v1/sitemap?limit=5"], counts["/api/v1/sitemap?limit=1000"]);
    }

    [Fact]
    public async Task Facets_cost_one_statement_each_once_then_none_until_content_changes()
    {
        var tag = await factory.AddTagAsync();
        await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id] });

        var (_, first) = await factory.GetCountingAsync($"/api/v1/articles?tag={tag.Slug}&facets=tag,author,type,language&page=1");
        var (_, otherPage) = await factory.GetCountingAsync($"/api/v1/articles?tag={tag.Slug}&facets=tag,author,type,language&page=2");

        Assert.Equal(1 + 1 + 1 + 4, first);
        Assert.Equal(1, otherPage);
    }

    [Fact]
    public async Task Filter_slugs_cost_one_lookup_the_first_time_after_a_change_and_unknown_ones_end_there()
    {
        var tag = await factory.AddTagAsync();
        await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id] });

        var (_, cold) = await factory.GetCountingAsync($"/api/v1/articles?tag={tag.Slug}&limit=3");
        var (_, warm) = await factory.GetCountingAsync($"/api/v1/articles?tag={tag.Slug}&limit=4");
        await factory.Services.GetRequiredService<ContentCache>().ContentChangedAsync(CancellationToken.None);
        var (_, afterChange) = await factory.GetCountingAsync($"/api/v1/articles?tag={tag.Slug}&limit=5");
        var (unknownResponse, unknown) = await factory.GetCountingAsync($"/api/v1/articles?tag={tag.Slug},no-such-tag&page=1&facets=tag");

        Assert.Equal(2, cold);
        Assert.Equal(1, warm);
        Assert.Equal(2, afterChange);
        Assert.Equal(1, unknown);
        var page = await unknownResponse.JsonAsync();
        Assert.Empty(page.Ids());
        Assert.Equal(0, page.GetProperty("meta").GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_repeated_anonymous_read_is_served_from_the_output_cache_without_sql()
    {
        var tag = await factory.AddTagAsync();
        await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id] });

        var (_, first) = await factory.GetCountingAsync($"/api/v1/articles?tag={tag.Slug}");
        var (_, second) = await factory.GetCountingAsync($"/api/v1/articles?tag={tag.Slug}");

        Assert.True(first > 0);
        Assert.Equal(0, second);
    }
}
