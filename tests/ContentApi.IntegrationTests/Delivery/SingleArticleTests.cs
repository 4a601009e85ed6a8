using System.Net;
using ContentApi.Domain.Articles;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Delivery;

public class SingleArticleTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient(apiKey: null);

    [Fact]
    public async Task An_article_shows_its_links_with_target_cards_and_its_published_translations()
    {
        var tag = await factory.AddTagAsync(name: "Peru");
        var english = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id] });
        var spanish = await factory.AddArticleAsync(new ArticleSpec { Language = "es", TranslationGroupId = english.TranslationGroupId });
        var portugueseDraft = await factory.AddArticleAsync(new ArticleSpec { Language = "es", Slug = TestData.Unique("borrador"), TranslationGroupId = english.TranslationGroupId, PublishedAt = null });
        var target = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], Type = ArticleType.Analysis });
        var draftTarget = await factory.AddArticleAsync(new ArticleSpec { PublishedAt = null });
        await factory.ChangeArticleAsync(english.Id, article => article.ReplaceRelatedLinks(
        [
            new RelatedLinkTarget(target.Id, null, null),
            new RelatedLinkTarget(draftTarget.Id, null, null),
            new RelatedLinkTarget(null, "https://example.com/report", "A report"),
        ], DateTime.UtcNow));

        var json = await _client.GetJsonAsync($"/api/v1/articles/{english.Slug}");
        var editorJson = await factory.CreateAdminClient().GetJsonAsync($"/api/v1/articles/{english.Id}");

        var links = json.GetProperty("relatedLinks");
        Assert.Equal(2, links.GetArrayLength());
        Assert.Equal("article", links[0].GetProperty("kind").GetString());
        Assert.Equal(target.Title, links[0].GetProperty("title").GetString());
        Assert.Equal($"https://www.example.org/news/{target.Slug}/", links[0].GetProperty("url").GetString());
        Assert.Equal("analysis", links[0].GetProperty("article").GetProperty("type").GetString());
        Assert.Equal("Peru", links[0].GetProperty("article").GetProperty("primaryTag").GetProperty("name").GetString());
        Assert.Equal("external", links[1].GetProperty("kind").GetString());
        Assert.False(links[1].TryGetProperty("article", out _));
        var translation = Assert.Single(json.GetProperty("translations").EnumerateArray());
        Assert.Equal("es", translation.GetProperty("language").GetString());
        Assert.Equal(spanish.Slug, translation.GetProperty("slug").GetString());
        Assert.Equal(2, editorJson.GetProperty("translations").GetArrayLength());
        Assert.Equal(3, editorJson.GetProperty("relatedLinks").GetArrayLength());
        Assert.Contains(portugueseDraft.Slug, editorJson.GetProperty("translations").GetRawText());
    }

    [Fact]
    public async Task The_same_slug_in_two_languages_answers_english_unless_lang_says_otherwise()
    {
        var slug = TestData.Unique("shared");
        var english = await factory.AddArticleAsync(new ArticleSpec { Slug = slug });
        var spanish = await factory.AddArticleAsync(new ArticleSpec { Slug = slug, Language = "es" });

        Assert.Equal(english.Id, (await _client.GetJsonAsync($"/api/v1/articles/{slug}")).GetProperty("id").GetGuid());
        Assert.Equal(spanish.Id, (await _client.GetJsonAsync($"/api/v1/articles/{slug}?lang=es")).GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("no-such-article")]
    [InlineData("Not A Slug")]
    [InlineData("a%0Ab")]
    [InlineData("0193d7a0-5b1c-7c3e-9a6f-1e2d3c4b5a69")]
    public async Task An_unknown_or_malformed_id_or_slug_is_a_404_problem(string idOrSlug)
    {
        var response = await _client.GetAsync($"/api/v1/articles/{idOrSlug}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_old_slug_of_a_draft_does_not_redirect_anonymous_callers()
    {
        var article = await factory.AddArticleAsync(new ArticleSpec { Slug = TestData.Unique("before") });
        await factory.ChangeArticleAsync(article.Id, a =>
        {
            a.Apply(DeliveryTestData.ContentOf(a, slug: TestData.Unique("after")), DateTime.UtcNow);
            a.Unpublish(DateTime.UtcNow);
        });

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/articles/{article.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, (await factory.CreateAdminClient().GetAsync($"/api/v1/articles/{article.Slug}")).StatusCode);
    }
}
