using System.Net;
using ContentApi.Domain.Articles;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Delivery;

/// <summary>Without an editor key, drafts and scheduled articles exist nowhere: not in any route, count or facet.</summary>
public class DraftVisibilityTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private static readonly string[] Facets = ["tag", "author", "type", "language"];

    [Fact]
    public async Task Drafts_and_scheduled_articles_are_invisible_on_every_read_route()
    {
        var word = DeliveryJson.Word();
        var tag = await factory.AddTagAsync();
        var author = await factory.AddAuthorAsync();
        var published = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], AuthorIds = [author.Id], Title = $"Published {word}" });
        var draft = await factory.AddArticleAsync(new ArticleSpec
        {
            TagIds = [tag.Id], AuthorIds = [author.Id], Title = $"Draft {word}", PublishedAt = null, TranslationGroupId = published.TranslationGroupId,
        });
        var scheduled = await factory.AddArticleAsync(new ArticleSpec
        {
            TagIds = [tag.Id], AuthorIds = [author.Id], Title = $"Scheduled {word}", PublishedAt = DateTime.UtcNow.AddDays(3),
        });
        await factory.ChangeArticleAsync(published.Id, article => article.ReplaceRelatedLinks(
            [new RelatedLinkTarget(draft.Id, null, null), new RelatedLinkTarget(scheduled.Id, null, null)], DateTime.UtcNow));
        var hidden = new[] { draft.Id, scheduled.Id };
        var hiddenText = new[] { draft.Id.ToString(), scheduled.Id.ToString(), draft.Slug, scheduled.Slug };
        var client = factory.CreateClient(apiKey: null);

        var texts = new List<string>();
        foreach (var url in new[]
        {
            $"/api/v1/articles?tag={tag.Slug}&limit=100&include=body,relatedLinks",
            $"/api/v1/articles?author={author.Slug}&page=1",
            $"/api/v1/articles?q={word}",
            $"/api/v1/articles/{published.Id}",
            $"/api/v1/articles/{published.Slug}/related?limit=20",
            $"/api/v1/tags/{tag.Slug}/articles",
            $"/api/v1/authors/{author.Slug}/articles",
            "/api/v1/sitemap?limit=1000",
        })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            texts.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.All(texts, text => Assert.All(hiddenText, secret => Assert.DoesNotContain(secret, text)));
        var totals = await client.GetJsonAsync($"/api/v1/articles?tag={tag.Slug}&page=1&facets=tag,author,type,language");
        Assert.Equal(1, totals.GetProperty("meta").GetProperty("total").GetInt64());
        Assert.All(Facets, facet => Assert.All(
            totals.GetProperty("meta").GetProperty("facets").GetProperty(facet).EnumerateArray(),
            item => Assert.Equal(1, item.GetProperty("count").GetInt64())));
        Assert.Equal(1, (await client.GetJsonAsync($"/api/v1/tags/{tag.Slug}")).GetProperty("articleCount").GetInt64());
        Assert.Equal(1, (await client.GetJsonAsync($"/api/v1/authors/{author.Slug}")).GetProperty("articleCount").GetInt64());
        foreach (var id in hidden)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/articles/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/articles/{id}/related")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/articles/{draft.Slug}")).StatusCode);
    }
}
