using System.Net;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Delivery;

public class ArticleSearchTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient(apiKey: null);

    private async Task<List<Guid>> SearchAsync(string query) =>
        (await _client.GetJsonAsync($"/api/v1/articles?limit=100&q={Uri.EscapeDataString(query)}")).Ids();

    [Fact]
    public async Task Spanish_search_ignores_accents_and_matches_other_forms_of_a_word()
    {
        var marker = DeliveryJson.Word();
        var article = await factory.AddArticleAsync(new ArticleSpec
        {
            Language = "es",
            Title = $"La policía incautó cocaína en la frontera {marker}",
            Summary = "Operación en el puerto del Callao.",
        });

        Assert.Contains(article.Id, await SearchAsync($"policia {marker}"));
        Assert.Contains(article.Id, await SearchAsync($"incautaron {marker}"));
        Assert.Contains(article.Id, await SearchAsync($"cocaina {marker}"));
        Assert.Contains(article.Id, await SearchAsync($"POLICÍA {marker}"));
        Assert.Contains(article.Id, (await _client.GetJsonAsync($"/api/v1/articles?lang=es&q={Uri.EscapeDataString("policia " + marker)}")).Ids());
        Assert.Empty((await _client.GetJsonAsync($"/api/v1/articles?lang=en&q={Uri.EscapeDataString("policia " + marker)}")).Ids());
    }

    [Fact]
    public async Task English_search_stems_words()
    {
        var marker = DeliveryJson.Word();
        var article = await factory.AddArticleAsync(new ArticleSpec { Title = $"Traffickers seized at the port {marker}" });

        Assert.Contains(article.Id, await SearchAsync($"trafficking {marker}"));
        Assert.Contains(article.Id, await SearchAsync($"seizing {marker}"));
    }

    [Fact]
    public async Task A_title_match_ranks_above_a_summary_match_above_a_body_match()
    {
        var word = DeliveryJson.Word();
        var inBody = await factory.AddArticleAsync(new ArticleSpec { BodyHtml = $"<p>Deep in the text: {word}.</p>" });
        var inTitle = await factory.AddArticleAsync(new ArticleSpec { Title = $"Headline about {word}" });
        var inSummary = await factory.AddArticleAsync(new ArticleSpec { Summary = $"The lead mentions {word}." });

        Assert.Equal([inTitle.Id, inSummary.Id, inBody.Id], await SearchAsync(word));
        Assert.Equal([inSummary.Id, inTitle.Id, inBody.Id], (await _client.GetJsonAsync($"/api/v1/articles?q={word}&sort=-updatedAt")).Ids());
    }

    [Fact]
    public async Task Web_search_syntax_supports_phrases_or_and_exclusion()
    {
        var word = DeliveryJson.Word();
        var guard = await factory.AddArticleAsync(new ArticleSpec { Title = $"Coast guard boards a vessel {word}" });
        var reversed = await factory.AddArticleAsync(new ArticleSpec { Title = $"Guard of the coast {word}" });
        var navy = await factory.AddArticleAsync(new ArticleSpec { Title = $"Navy patrols {word}" });

        DeliveryJson.AssertSet([guard.Id], await SearchAsync($"\"coast guard\" {word}"));
        DeliveryJson.AssertSet([guard.Id, reversed.Id, navy.Id], await SearchAsync($"{word} coast or navy"));
        DeliveryJson.AssertSet([navy.Id], await SearchAsync($"{word} -coast"));
    }

    [Theory]
    [InlineData("'; DROP TABLE articles; --")]
    [InlineData("&&||!!:*()<->")]
    [InlineData("\"unclosed phrase")]
    [InlineData("-")]
    [InlineData("or or or")]
    [InlineData("the")]
    [InlineData("\u0000\u0001nul")]
    [InlineData("%_\\")]
    [InlineData("💥 ünïcødé ﷽")]
    public async Task Hostile_search_text_is_just_text(string query)
    {
        var response = await _client.GetAsync($"/api/v1/articles?q={Uri.EscapeDataString(query)}&facets=tag,type");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Search_combines_with_filters_and_pages_by_relevance_cursor()
    {
        var word = DeliveryJson.Word();
        var tag = await factory.AddTagAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            // Different relevance: the word repeated a different number of times in the body.
            var body = "<p>" + string.Join(" ", Enumerable.Repeat(word, i + 1)) + " filler text</p>";
            ids.Add((await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], BodyHtml = body })).Id);
        }

        for (var i = 0; i < 2; i++)
        {
            ids.Add((await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], Title = $"Same {word}", Slug = TestData.Unique("same") })).Id);
        }

        await factory.AddArticleAsync(new ArticleSpec { Title = $"Untagged {word}" });

        var all = (await _client.GetJsonAsync($"/api/v1/articles?q={word}&tag={tag.Slug}&limit=100")).Ids();
        var walked = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await _client.GetJsonAsync($"/api/v1/articles?q={word}&tag={tag.Slug}&limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            walked.AddRange(page.Ids());
            cursor = page.NextCursor();
        }
        while (cursor is not null);

        DeliveryJson.AssertSet(ids, all);
        Assert.Equal(all, walked);
        await (await _client.GetAsync($"/api/v1/articles?q={word}x&tag={tag.Slug}&limit=2&cursor={(await _client.GetJsonAsync($"/api/v1/articles?q={word}&tag={tag.Slug}&limit=2")).NextCursor()}"))
            .AssertBadRequestAsync("cursor");
    }
}
