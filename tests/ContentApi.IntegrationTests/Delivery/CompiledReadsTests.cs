using System.Text.Json;
using ContentApi.Domain.Tags;
using ContentApi.Features.Articles;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Delivery;

/// <summary>
/// The public front page and read by slug run precompiled (<see cref="CompiledReads"/>); everything else composes its
/// query per request. For the same content both paths must answer the same, byte for byte.
/// </summary>
public class CompiledReadsTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient(apiKey: null);

    [Fact]
    public async Task The_front_page_says_what_the_general_list_says()
    {
        var articles = await AddStoriesAsync();

        // No filter, first page, newest first: compiled. A filter that keeps everything takes the general path.
        var compiled = await _client.GetJsonAsync("/api/v1/articles?limit=4");
        var general = await _client.GetJsonAsync("/api/v1/articles?limit=4&from=2000-01-01");

        Assert.Equal(articles.Take(4), compiled.Ids());
        Assert.Equal(Data(general), Data(compiled));
        var next = await _client.GetJsonAsync($"/api/v1/articles?limit=4&cursor={Uri.EscapeDataString(compiled.NextCursor()!)}");
        Assert.Equal(articles[4], next.Ids()[0]);
    }

    [Fact]
    public async Task An_article_by_slug_says_what_the_general_lookup_says()
    {
        var articles = await AddStoriesAsync();
        var slug = (await _client.GetJsonAsync($"/api/v1/articles/{articles[0]}")).GetProperty("slug").GetString();

        // A slug alone, anonymously: compiled. The same slug with lang=en, or the id, takes the general path.
        var compiled = await _client.GetStringAsync($"/api/v1/articles/{slug}");
        var withLanguage = await _client.GetStringAsync($"/api/v1/articles/{slug}?lang=en");
        var byId = await _client.GetStringAsync($"/api/v1/articles/{articles[0]}");

        Assert.Equal(withLanguage, compiled);
        Assert.Equal(byId, compiled);
    }

    /// <summary>Five published stories with bylines, tags, a translation (and a draft one) and links; newest first.</summary>
    private async Task<List<Guid>> AddStoriesAsync()
    {
        var country = await factory.AddTagAsync(kind: TagKind.Country);
        var topic = await factory.AddTagAsync(kind: TagKind.Topic);
        var author = await factory.AddAuthorAsync();
        var coAuthor = await factory.AddAuthorAsync();
        var stories = new List<Domain.Articles.Article>();
        for (var i = 0; i < 5; i++)
        {
            stories.Add(await factory.AddArticleAsync(new ArticleSpec
            {
                AuthorIds = [coAuthor.Id, author.Id], TagIds = [topic.Id, country.Id], PublishedAt = DateTime.UtcNow.AddMinutes(-10 * i - 5),
            }));
        }

        var group = stories[0].TranslationGroupId;
        await factory.AddArticleAsync(new ArticleSpec { Language = "es", TranslationGroupId = group, PublishedAt = DateTime.UtcNow.AddDays(-2) });
        await factory.AddArticleAsync(new ArticleSpec { Language = "es", Slug = TestData.Unique("borrador"), TranslationGroupId = group, PublishedAt = null });
        await factory.AddArticleAsync(new ArticleSpec { PublishedAt = null });
        var ids = stories.ConvertAll(story => story.Id);
        await factory.ChangeArticleAsync(ids[0], article => article.ReplaceRelatedLinks(
            [new(ids[1], null, null), new(null, "https://example.com/report", "A report")], DateTime.UtcNow));
        return ids;
    }

    private static string Data(JsonElement page) => page.GetProperty("data").GetRawText();
}
