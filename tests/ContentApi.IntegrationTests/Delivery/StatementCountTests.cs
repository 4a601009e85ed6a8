using System.Net;
using ContentApi.Domain.Articles;
using ContentApi.Domain.Tags;
using ContentApi.Infrastructure.Caching;
using ContentApi.IntegrationTests.Infrastructure;
using ContentApi.IntegrationTests.Syndication;
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
        var stories = new List<Article>();
        for (var i = 0; i < 30; i++)
        {
            stories.Add(await factory.AddArticleAsync(new ArticleSpec
            {
                TagIds = [tag.Id, otherTag.Id], AuthorIds = [author.Id, coAuthor.Id], Title = $"Story {i} {word}", PublishedAt = DateTime.UtcNow.AddMinutes(-i),
            }));
        }

        var articles = stories.ConvertAll(story => story.Id);

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
            "/api/v1/articles?limit=5",
            "/api/v1/articles?limit=100",
            $"/api/v1/articles/{articles[0]}",
            $"/api/v1/articles/{stories[0].Slug}",
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
        Assert.Equal(counts["/api/v1/articles?limit=5"], counts["/api/v1/articles?limit=100"]);
        Assert.Equal(counts["/api/v1/sitemap?limit=5"], counts["/api/v1/sitemap?limit=1000"]);
    }

    [Fact]
    public async Task Feeds_and_the_change_feed_cost_at_most_two_statements_whatever_the_number_of_entries()
    {
        var tag = await factory.AddTagAsync(kind: TagKind.Topic);
        var otherTag = await factory.AddTagAsync();
        var thirdTag = await factory.AddTagAsync(kind: TagKind.Person);
        var author = await factory.AddAuthorAsync();
        var coAuthor = await factory.AddAuthorAsync();
        var thirdAuthor = await factory.AddAuthorAsync();
        var lone = await factory.AddTagAsync();

        // Written the way the editorial writes are, so the change feed has their entries too.
        var articles = new List<Guid> { (await factory.Services.CreateAsync(new ArticleSpec { TagIds = [lone.Id], PublishedAt = DateTime.UtcNow.AddDays(-1) })).Id };
        for (var i = 0; i < 30; i++)
        {
            var article = await factory.Services.CreateAsync(new ArticleSpec
            {
                Type = ArticleType.News, TagIds = [tag.Id, otherTag.Id, thirdTag.Id], AuthorIds = [author.Id, coAuthor.Id, thirdAuthor.Id],
                PublishedAt = DateTime.UtcNow.AddMinutes(-i),
            });
            articles.Add(article.Id);
            if (i % 3 == 0)
            {
                var translation = await factory.Services.CreateAsync(new ArticleSpec { Language = "es", TranslationGroupId = article.TranslationGroupId, TagIds = [tag.Id] });
                await factory.ChangeArticleAsync(translation.Id, spanish => spanish.ReplaceRelatedLinks(
                    [new RelatedLinkTarget(article.Id, null, null), new RelatedLinkTarget(null, "https://example.com/", "Elsewhere")], DateTime.UtcNow));
                articles.Add(translation.Id);
            }
        }

        var counts = new Dictionary<string, int>();
        foreach (var url in new[]
        {
            "/api/v1/feeds/articles.rss",
            $"/api/v1/feeds/articles.rss?tag={lone.Slug}",
            $"/api/v1/feeds/articles.rss?tag={tag.Slug},{otherTag.Slug}|{lone.Slug}&lang=en",
            $"/api/v1/feeds/articles.atom?tag={tag.Slug}",
            $"/api/v1/feeds/articles.json?author={author.Slug}&type=news",
            $"/api/v1/feeds/articles.json?tag={tag.Slug},-{lone.Slug}&lang=es",
            $"/api/v1/feeds/articles.rss?tag={TestData.Unique("no-such-tag")}",
            "/api/v1/sync?limit=1",
            "/api/v1/sync?limit=500",
        })
        {
            var (response, statements) = await factory.GetCountingAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            counts[url] = statements;
        }

        Assert.All(counts, pair => Assert.True(pair.Value is >= 1 and <= 2, $"{pair.Key} ran {pair.Value} statements"));
        // A filter's slugs are resolved to ids once per content generation (FilterIdResolver): the same filter in
        // another format (not in the output cache yet) is then one statement, as the unfiltered feed is.
        var (_, again) = await factory.GetCountingAsync($"/api/v1/feeds/articles.json?tag={lone.Slug}");
        Assert.Equal(counts["/api/v1/feeds/articles.rss"], again);
        Assert.Equal(counts["/api/v1/sync?limit=1"], counts["/api/v1/sync?limit=500"]);

        // The change feed had something to render: the upserts of every article written above.
        var sync = await (await factory.GetCountingAsync("/api/v1/sync?limit=500")).Response.JsonAsync();
        var upserted = sync.GetProperty("data").EnumerateArray().Where(entry => entry.GetProperty("action").GetString() == "upsert")
            .Select(entry => entry.GetProperty("article").GetProperty("id").GetGuid());
        Assert.Subset(upserted.ToHashSet(), articles.ToHashSet());

        // A mirror that is up to date polls for nothing new: one statement.
        var token = sync.GetProperty("meta").GetProperty("nextToken").GetString();
        var (poll, pollStatements) = await factory.GetCountingAsync($"/api/v1/sync?since={Uri.EscapeDataString(token!)}");
        Assert.Empty((await poll.JsonAsync()).GetProperty("data").EnumerateArray());
        Assert.Equal(1, pollStatements);
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
