using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ContentApi.Domain.Keys;
using ContentApi.Features.Articles;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.IntegrationTests.Delivery;

public class CachingTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string PublicCacheControl = "public, max-age=60, stale-while-revalidate=300";
    private readonly HttpClient _client = factory.CreateClient(apiKey: null);

    [Fact]
    public async Task Public_reads_send_a_strong_etag_public_cache_control_and_surrogate_keys()
    {
        var tag = await factory.AddTagAsync();
        var author = await factory.AddAuthorAsync();
        var article = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], AuthorIds = [author.Id] });

        foreach (var url in new[]
        {
            $"/api/v1/articles?tag={tag.Slug}", $"/api/v1/articles/{article.Slug}", $"/api/v1/articles/{article.Id}/related",
            $"/api/v1/tags/{tag.Slug}", $"/api/v1/tags/{tag.Slug}/articles", $"/api/v1/authors/{author.Slug}", $"/api/v1/authors/{author.Slug}/articles",
            "/api/v1/tags", "/api/v1/authors", "/api/v1/sitemap",
        })
        {
            var response = await _client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var etag = response.Headers.ETag;
            Assert.NotNull(etag);
            Assert.False(etag.IsWeak, url);
            Assert.Equal(PublicCacheControl, response.Headers.CacheControl?.ToString());
            Assert.Contains("X-Api-Key", response.Headers.Vary);
            Assert.True(response.Headers.Contains("Surrogate-Key"), url);
        }

        var keys = (await _client.GetAsync($"/api/v1/articles?tag={tag.Slug}")).Headers.GetValues("Surrogate-Key").Single().Split(' ');
        Assert.Contains($"article:{article.Id}", keys);
        Assert.Contains($"tag:{tag.Slug}", keys);
        Assert.Contains($"author:{author.Slug}", keys);
        Assert.Contains("articles", keys);
    }

    [Fact]
    public async Task If_none_match_gives_304_from_the_output_cache_and_from_a_fresh_response()
    {
        var tag = await factory.AddTagAsync();
        var article = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id] });
        var reader = factory.CreateClient(await factory.AddKeyAsync(ApiKeyRole.Reader));

        foreach (var url in new[] { $"/api/v1/articles?tag={tag.Slug}", $"/api/v1/articles/{article.Id}", $"/api/v1/tags/{tag.Slug}/articles", $"/api/v1/tags/{tag.Id}" })
        {
            foreach (var client in new[] { _client, reader })
            {
                var etag = (await client.GetAsync(url)).Headers.ETag!.Tag;
                Assert.Equal(HttpStatusCode.NotModified, (await Conditional(client, url, etag)).StatusCode);
                Assert.Equal(HttpStatusCode.NotModified, (await Conditional(client, url, $"\"other\", W/{etag}")).StatusCode);
                Assert.Equal(HttpStatusCode.NotModified, (await Conditional(client, url, "*")).StatusCode);
                var changed = await Conditional(client, url, "\"something-else\"");
                Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
                Assert.Equal(etag, changed.Headers.ETag!.Tag);
            }
        }

        var notModified = await Conditional(_client, $"/api/v1/articles/{article.Id}", (await _client.GetAsync($"/api/v1/articles/{article.Id}")).Headers.ETag!.Tag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.NotNull(notModified.Headers.ETag);
    }

    [Fact]
    public async Task Single_articles_send_last_modified_and_honour_if_modified_since()
    {
        var article = await factory.AddArticleAsync();
        var url = $"/api/v1/articles/{article.Id}";

        var response = await _client.GetAsync(url);
        var lastModified = response.Content.Headers.LastModified!.Value;

        Assert.Equal(new DateTimeOffset(article.UpdatedAt).ToUnixTimeSeconds(), lastModified.ToUnixTimeSeconds());
        Assert.Equal(HttpStatusCode.NotModified, (await WithHeader(url, request => request.Headers.IfModifiedSince = lastModified)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithHeader(url, request => request.Headers.IfModifiedSince = lastModified.AddSeconds(-5))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithHeader(url, request =>
        {
            request.Headers.IfModifiedSince = lastModified;
            request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        })).StatusCode);
    }

    [Fact]
    public async Task Editor_reads_are_private_no_store_and_carry_the_row_version_etag()
    {
        var tag = await factory.AddTagAsync();
        var draft = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = null });
        var version = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == draft.Id).Select(a => a.Version).SingleAsync());
        var editor = factory.CreateAdminClient();

        var single = await editor.GetAsync($"/api/v1/articles/{draft.Id}");
        var list = await editor.GetAsync($"/api/v1/articles?tag={tag.Slug}&status=draft");

        Assert.Equal(ArticleETag.From(version), single.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, (await Conditional(editor, $"/api/v1/articles/{draft.Id}", ArticleETag.From(version))).StatusCode);
        foreach (var response in new[] { single, list })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl!.Private);
            Assert.True(response.Headers.CacheControl.NoStore);
            Assert.False(response.Headers.Contains("Surrogate-Key"));
        }
    }

    [Fact]
    public async Task Reader_key_reads_are_private_to_that_caller()
    {
        var reader = factory.CreateClient(await factory.AddKeyAsync(ApiKeyRole.Reader));

        var response = await reader.GetAsync("/api/v1/articles");

        Assert.True(response.Headers.CacheControl!.Private);
        Assert.False(response.Headers.CacheControl.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl.MaxAge);
        Assert.False(response.Headers.Contains("Surrogate-Key"));
    }

    [Fact]
    public async Task A_response_made_for_an_editor_is_never_served_to_anyone_else_nor_the_other_way_round()
    {
        var article = await factory.AddArticleAsync();
        var draftTranslation = await factory.AddArticleAsync(new ArticleSpec { Language = "es", TranslationGroupId = article.TranslationGroupId, PublishedAt = null });
        var editor = factory.CreateAdminClient();
        var url = $"/api/v1/articles/{article.Id}";

        var editorFirst = await editor.GetStringAsync(url);
        var anonymousAfter = await _client.GetStringAsync(url);
        var editorAgain = await editor.GetStringAsync(url);

        Assert.Contains(draftTranslation.Slug, editorFirst);
        Assert.DoesNotContain(draftTranslation.Slug, anonymousAfter);
        Assert.Contains(draftTranslation.Slug, editorAgain);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/articles/{draftTranslation.Id}")).StatusCode);
    }

    [Fact]
    public async Task Cached_lists_are_evicted_at_once_by_publish_edit_unpublish_and_delete()
    {
        var tag = await factory.AddTagAsync();
        var first = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = DateTime.UtcNow.AddHours(-2) });
        var list = $"/api/v1/articles?tag={tag.Slug}";
        Assert.Equal([first.Id], (await _client.GetJsonAsync(list)).Ids());

        // Written without telling the cache: the cached list still answers, which shows it is cached at all.
        var second = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = null });
        await factory.ChangeArticleAsync(second.Id, article => { });
        Assert.Equal([first.Id], (await _client.GetJsonAsync(list)).Ids());

        await factory.ChangeArticleAsync(second.Id, article => article.Publish(null, DateTime.UtcNow));
        Assert.Equal([second.Id, first.Id], (await _client.GetJsonAsync(list)).Ids());

        await factory.ChangeArticleAsync(second.Id, article => article.Apply(DeliveryTestData.ContentOf(article, title: "A better headline"), DateTime.UtcNow));
        Assert.Equal("A better headline", (await _client.GetJsonAsync(list)).GetProperty("data")[0].GetProperty("title").GetString());
        Assert.Equal("A better headline", (await _client.GetJsonAsync($"/api/v1/articles/{second.Id}")).GetProperty("title").GetString());

        await factory.ChangeArticleAsync(second.Id, article => article.Unpublish(DateTime.UtcNow));
        Assert.Equal([first.Id], (await _client.GetJsonAsync(list)).Ids());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/articles/{second.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/v1/articles/{first.Id}")).StatusCode);
        await factory.DeleteArticleAsync(first.Id);
        Assert.Empty((await _client.GetJsonAsync(list)).Ids());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/articles/{first.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Reads_are_compressed_when_the_client_accepts_it(string encoding)
    {
        await factory.AddArticleAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/articles?limit=50&include=body");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await _client.SendAsync(request);
        await using var compressed = await response.Content.ReadAsStreamAsync();
        await using Stream plain = encoding == "br" ? new BrotliStream(compressed, CompressionMode.Decompress) : new GZipStream(compressed, CompressionMode.Decompress);
        using var json = await JsonDocument.ParseAsync(plain);

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.True(json.RootElement.GetProperty("data").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Errors_are_not_cacheable()
    {
        var response = await _client.GetAsync("/api/v1/articles/no-such-article-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    private async Task<HttpResponseMessage> WithHeader(string url, Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        configure(request);
        return await _client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> Conditional(HttpClient client, string url, string ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await client.SendAsync(request);
    }
}
