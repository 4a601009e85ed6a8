using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using ContentApi.Domain.Articles;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Syndication;

public class FeedTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private static readonly XNamespace ContentModule = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    [Fact]
    public async Task Rss_feed_is_valid_rss_2_with_full_body_attributed_at_top_and_bottom()
    {
        var (article, tag) = await PublishedWithTagAsync("Ana & <Luis>");

        var response = await factory.CreateClient(apiKey: null).GetAsync($"/api/v1/feeds/articles.rss?tag={tag}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        var feed = LoadFeed(xml);
        var item = Assert.Single(feed.Items);
        Assert.Equal($"urn:uuid:{article.Id}", item.Id);
        Assert.Equal(article.Title, item.Title.Text);
        Assert.Equal(Canonical(article), item.Links.Single(link => link.RelationshipType == "alternate").Uri.ToString());
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero), item.PublishDate);
        Assert.Equal(tag, Assert.Single(item.Categories).Name);

        var rssItem = XDocument.Parse(xml).Descendants("item").Single();
        Assert.Equal(["rss", "2.0"], [XDocument.Parse(xml).Root!.Name.LocalName, XDocument.Parse(xml).Root!.Attribute("version")!.Value]);
        Assert.Equal("Ana & <Luis>", rssItem.Element(DublinCore + "creator")?.Value);
        var body = rssItem.Element(ContentModule + "encoded")?.Value;
        Assert.NotNull(body);
        AssertAttributedBody(body, article, "Ana &amp; &lt;Luis&gt;");
    }

    [Fact]
    public async Task Atom_feed_is_valid_atom_1_with_authors_categories_dates_and_attributed_content()
    {
        var (article, tag) = await PublishedWithTagAsync("Ana Reporter");

        var response = await factory.CreateClient(apiKey: null).GetAsync($"/api/v1/feeds/articles.atom?tag={tag}");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        var feed = LoadFeed(xml);
        Assert.Equal("http://www.w3.org/2005/Atom", XDocument.Parse(xml).Root!.Name.NamespaceName);
        Assert.False(string.IsNullOrEmpty(feed.Id));
        Assert.NotEqual(default, feed.LastUpdatedTime);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("Ana Reporter", Assert.Single(entry.Authors).Name);
        Assert.Equal(tag, Assert.Single(entry.Categories).Name);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero), entry.PublishDate);
        Assert.NotEqual(default, entry.LastUpdatedTime);
        Assert.Equal(Canonical(article), entry.Links.Single(link => link.RelationshipType == "alternate").Uri.ToString());
        Assert.Contains(entry.Links, link => link.RelationshipType == "license" && link.Uri.ToString() == "https://creativecommons.org/licenses/by-nc/3.0/");
        var content = Assert.IsType<TextSyndicationContent>(entry.Content);
        Assert.Equal("html", content.Type);
        AssertAttributedBody(content.Text, article, "Ana Reporter");
    }

    [Fact]
    public async Task Json_feed_is_json_feed_1_1_with_attributed_content_html()
    {
        var (article, tag) = await PublishedWithTagAsync("Ana Reporter");

        var response = await factory.CreateClient(apiKey: null).GetAsync($"/api/v1/feeds/articles.json?tag={tag}");

        Assert.Equal("application/feed+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        Assert.StartsWith("http", root.GetProperty("feed_url").GetString());
        var item = Assert.Single(root.GetProperty("items").EnumerateArray());
        Assert.Equal(article.Id.ToString(), item.GetProperty("id").GetString());
        Assert.Equal(Canonical(article), item.GetProperty("url").GetString());
        Assert.Equal("2024-03-01T08:00:00Z", item.GetProperty("date_published").GetString());
        Assert.Equal("Ana Reporter", item.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal(tag, item.GetProperty("tags")[0].GetString());
        AssertAttributedBody(item.GetProperty("content_html").GetString()!, article, "Ana Reporter");
    }

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    [InlineData("json")]
    public async Task Drafts_and_articles_that_are_not_syndicatable_never_appear(string format)
    {
        var tag = await factory.AddTagAsync();
        var shown = await factory.Services.CreateAsync(new ArticleSpec { TagIds = [tag.Id] });
        var draft = await factory.Services.CreateAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = null, Title = TestData.Unique("Draft") });
        var private_ = await factory.Services.CreateAsync(new ArticleSpec { TagIds = [tag.Id], Syndicatable = false, Title = TestData.Unique("Private") });
        var unpublished = await factory.Services.CreateAsync(new ArticleSpec { TagIds = [tag.Id], Title = TestData.Unique("Unpublished") });
        await factory.Services.UnpublishAsync(unpublished.Id);

        foreach (var client in new[] { factory.CreateClient(apiKey: null), factory.CreateAdminClient() })
        {
            var text = await client.GetStringAsync($"/api/v1/feeds/articles.{format}?tag={tag.Slug}");

            Assert.Contains(shown.Id.ToString(), text);
            foreach (var hidden in new[] { draft, private_, unpublished })
            {
                Assert.DoesNotContain(hidden.Id.ToString(), text);
                Assert.DoesNotContain(hidden.Title, text);
            }
        }
    }

    [Fact]
    public async Task Filters_by_type_tag_author_and_language()
    {
        var peru = await factory.AddTagAsync();
        var coca = await factory.AddTagAsync();
        var opinion = await factory.AddTagAsync();
        var author = await factory.AddAuthorAsync();
        var brief = await factory.Services.CreateAsync(new ArticleSpec { TagIds = [peru.Id, coca.Id], Type = ArticleType.Brief });
        var analysis = await factory.Services.CreateAsync(new ArticleSpec { TagIds = [peru.Id, opinion.Id], Type = ArticleType.Analysis, AuthorIds = [author.Id] });
        var spanish = await factory.Services.CreateAsync(new ArticleSpec { TagIds = [coca.Id], Language = "es" });
        var all = new[] { brief.Id, analysis.Id, spanish.Id };

        async Task<Guid[]> Ids(string query)
        {
            var json = await factory.CreateClient(apiKey: null).GetStringAsync($"/api/v1/feeds/articles.json?{query}");
            using var document = JsonDocument.Parse(json);
            return [.. document.RootElement.GetProperty("items").EnumerateArray().Select(item => Guid.Parse(item.GetProperty("id").GetString()!)).Where(all.Contains)];
        }

        Assert.Equal([brief.Id], await Ids($"tag={peru.Slug},{coca.Slug}"));
        Assert.Equal(new[] { analysis.Id, brief.Id }.Order(), (await Ids($"tag={peru.Slug},{coca.Slug}|{opinion.Slug}")).Order());
        Assert.Equal([brief.Id], await Ids($"tag={peru.Slug},-{opinion.Slug}"));
        Assert.Equal([analysis.Id], await Ids($"tag={peru.Slug}&type=analysis,report"));
        Assert.Equal([analysis.Id], await Ids($"author={author.Slug}"));
        Assert.Equal([spanish.Id], await Ids($"tag={coca.Slug}&lang=es"));
    }

    [Theory]
    [InlineData("type=column", "type")]
    [InlineData("lang=xx", "lang")]
    [InlineData("tag=Not%20A%20Slug", "tag")]
    [InlineData("author=-", "author")]
    public async Task A_bad_filter_is_a_400_naming_the_parameter(string query, string parameter)
    {
        var response = await factory.CreateClient(apiKey: null).GetAsync($"/api/v1/feeds/articles.rss?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Conditional_get_answers_304_for_the_same_etag_or_date_and_200_after_a_change()
    {
        var tag = await factory.AddTagAsync();
        await factory.Services.CreateAsync(new ArticleSpec { TagIds = [tag.Id] });
        var client = factory.CreateClient(apiKey: null);
        var url = $"/api/v1/feeds/articles.atom?tag={tag.Slug}";

        var first = await client.GetAsync(url);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Contains("public", first.Headers.CacheControl?.ToString());

        var byEtag = await SendAsync(client, url, request => request.Headers.IfNoneMatch.Add(etag));
        var byDate = await SendAsync(client, url, request => request.Headers.IfModifiedSince = first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, byEtag.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);

        await factory.Services.CreateAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = DateTime.UtcNow.AddMinutes(-1) });
        var afterChange = await SendAsync(client, url, request => request.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.OK, afterChange.StatusCode);
        Assert.NotEqual(etag, afterChange.Headers.ETag);
    }

    [Fact]
    public async Task Feeds_are_served_from_the_output_cache_until_a_write_evicts_them()
    {
        var tag = await factory.AddTagAsync();
        await factory.Services.CreateAsync(new ArticleSpec { TagIds = [tag.Id] });
        var url = $"/api/v1/feeds/articles.json?tag={tag.Slug}";
        var before = await factory.CreateClient(apiKey: null).GetStringAsync(url);

        // Written behind the service's back (no eviction): the cached feed is still served, to keys and anonymous alike.
        var sneaked = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id] });
        Assert.Equal(before, await factory.CreateClient(apiKey: null).GetStringAsync(url));
        Assert.Equal(before, await factory.CreateAdminClient().GetStringAsync(url));

        // A write through the service evicts it: the next read shows both.
        var written = await factory.Services.CreateAsync(new ArticleSpec { TagIds = [tag.Id] });
        var after = await factory.CreateClient(apiKey: null).GetStringAsync(url);
        Assert.Contains(sneaked.Id.ToString(), after);
        Assert.Contains(written.Id.ToString(), after);
    }

    [Fact]
    public async Task A_feed_holds_the_newest_50()
    {
        var tag = await factory.AddTagAsync();
        var start = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var articles = new List<Article>();
        for (var i = 0; i < 52; i++)
        {
            articles.Add(await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = start.AddHours(i) }));
        }

        var feed = LoadFeed(await factory.CreateClient(apiKey: null).GetStringAsync($"/api/v1/feeds/articles.rss?tag={tag.Slug}"));

        Assert.Equal(50, feed.Items.Count());
        Assert.Equal($"urn:uuid:{articles[^1].Id}", feed.Items.First().Id);
        Assert.DoesNotContain(feed.Items, item => item.Id == $"urn:uuid:{articles[0].Id}" || item.Id == $"urn:uuid:{articles[1].Id}");
    }

    [Fact]
    public async Task Swagger_documents_the_partner_routes_with_their_problem_responses()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient(apiKey: null).GetStringAsync("/swagger/v1/swagger.json"));
        var paths = document.RootElement.GetProperty("paths");

        foreach (var (path, method, statuses) in new[]
        {
            ("/api/v1/feeds/articles.rss", "get", new[] { "200", "304", "400", "429" }),
            ("/api/v1/feeds/articles.atom", "get", ["200", "304", "400", "429"]),
            ("/api/v1/feeds/articles.json", "get", ["200", "304", "400", "429"]),
            ("/api/v1/sync", "get", ["200", "400", "429"]),
            ("/api/v1/webhooks", "post", ["201", "400", "401", "403", "429"]),
            ("/api/v1/webhooks/{id}/deliveries", "get", ["200", "400", "401", "403", "404", "429"]),
            ("/api/v1/articles/{idOrSlug}/feedback", "post", ["202", "400", "404", "429"]),
            ("/api/v1/articles/{id}/feedback", "get", ["200", "401", "403", "404", "429"]),
        })
        {
            var operation = paths.GetProperty(path).GetProperty(method);
            Assert.False(string.IsNullOrEmpty(operation.GetProperty("summary").GetString()));
            Assert.False(string.IsNullOrEmpty(operation.GetProperty("operationId").GetString()));
            var responses = operation.GetProperty("responses").EnumerateObject().Select(response => response.Name).ToList();
            Assert.All(statuses, status => Assert.Contains(status, responses));
        }
    }

    private async Task<(Article Article, string TagSlug)> PublishedWithTagAsync(string authorName)
    {
        var tag = await factory.AddTagAsync();
        var author = await factory.AddAuthorAsync(authorName);
        var article = await factory.Services.CreateAsync(new ArticleSpec
        {
            TagIds = [tag.Id],
            AuthorIds = [author.Id],
            BodyHtml = "<p>The body of the brief.</p>",
            PublishedAt = new DateTime(2024, 3, 1, 8, 0, 0, DateTimeKind.Utc),
        });
        return (article, tag.Slug);
    }

    private static SyndicationFeed LoadFeed(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        return SyndicationFeed.Load(reader);
    }

    private static string Canonical(Article article) => $"https://www.example.org/news/{article.Slug}/";

    /// <summary>Byline, publisher, canonical link and licence before the body, and again after it.</summary>
    private static void AssertAttributedBody(string html, Article article, string encodedByline)
    {
        var bodyAt = html.IndexOf("<p>The body of the brief.</p>", StringComparison.Ordinal);
        Assert.True(bodyAt > 0, "the body is there, after something");
        foreach (var part in new[] { html[..bodyAt], html[bodyAt..] })
        {
            Assert.Contains($"By {encodedByline} for ContentApi Demo Newsroom", part);
            Assert.Contains($"<a href=\"{Canonical(article)}\">", part);
            Assert.Contains("Licensed under <a href=\"https://creativecommons.org/licenses/by-nc/3.0/\" rel=\"license\">CC BY-NC 3.0</a>", part);
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string url, Action<HttpRequestMessage> configure)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        configure(request);
        return client.SendAsync(request);
    }
}
