using System.Net;
using ContentApi.Domain.Articles;
using ContentApi.Features.Articles.Listing;
using ContentApi.IntegrationTests.Editorial;
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
    public async Task An_edit_is_searchable_at_once_and_a_status_change_keeps_the_article_found()
    {
        var (oldWord, newWord, bodyWord) = (DeliveryJson.Word(), DeliveryJson.Word(), DeliveryJson.Word());
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor, new { title = $"Port seizure {oldWord}" });
        var id = article.GetProperty("id").GetGuid();
        var published = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/publish", null, etag);
        Assert.Equal([id], await SearchAsync(oldWord));

        var patched = await editor.PatchAsync($"/api/v1/articles/{id}",
            new { title = $"Port seizure {newWord}", bodyHtml = $"<p>Later: {bodyWord}.</p>" }, published.ETagOf());
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Empty(await SearchAsync(oldWord));
        Assert.Equal([id], await SearchAsync(newWord));
        Assert.Equal([id], await SearchAsync(bodyWord));

        // Unpublishing hides it; publishing again changes no text (the trigger does not run) and it is found again.
        var unpublished = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/unpublish", null, patched.ETagOf());
        Assert.Equal(HttpStatusCode.OK, unpublished.StatusCode);
        Assert.Empty(await SearchAsync(newWord));
        Assert.Equal(HttpStatusCode.OK,
            (await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/publish", null, unpublished.ETagOf())).StatusCode);
        Assert.Equal([id], await SearchAsync(newWord));
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
    public async Task Within_a_tier_the_newest_match_comes_first_however_often_the_word_appears()
    {
        var word = DeliveryJson.Word();
        var older = await factory.AddArticleAsync(new ArticleSpec
        {
            Title = $"{word} {word} {word}", PublishedAt = DateTime.UtcNow.AddDays(-2),
        });
        var newer = await factory.AddArticleAsync(new ArticleSpec { Title = $"Once: {word}", PublishedAt = DateTime.UtcNow.AddDays(-1) });
        var inBodyNewest = await factory.AddArticleAsync(new ArticleSpec { BodyHtml = $"<p>{word}</p>", PublishedAt = DateTime.UtcNow.AddHours(-1) });

        Assert.Equal([newer.Id, older.Id, inBodyNewest.Id], await SearchAsync(word));
    }

    [Fact]
    public async Task Relevance_ranks_the_newest_matches_then_lists_older_ones_newest_first_across_pages()
    {
        var word = DeliveryJson.Word();
        var author = await factory.AddAuthorAsync();
        var start = DateTime.UtcNow.AddDays(-1);
        Article Story(string title, string body, double minutesAgo)
        {
            var content = new ArticleContent(ArticleType.Brief, "en", title, TestData.Unique("story"), "A lead.", body, [author.Id], [], null, true);
            var article = Article.Create(Guid.CreateVersion7(), content, null, start);
            article.Publish(start.AddMinutes(-minutesAgo), start);
            return article;
        }

        var titleInside = Story($"Headline {word}", "<p>Text.</p>", 50.5);
        var body = Enumerable.Range(0, ArticleRelevance.Ranked).Select(i => Story($"Story {i}", $"<p>{word}</p>", i)).ToList();
        var titleOutside = Story($"Old headline {word}", "<p>Text.</p>", 300);
        var oldest = Enumerable.Range(0, 4).Select(i => Story($"Old story {i}", $"<p>{word}</p>", 400 + i)).ToList();
        await factory.WithDbAsync(async db =>
        {
            db.Articles.AddRange([titleInside, .. body, titleOutside, .. oldest]);
            await db.SaveChangesAsync();
        });

        // The newest 200 matches, title first; then the older ones by date, even the title match among them.
        List<Guid> expected = [titleInside.Id, .. body.Select(article => article.Id), titleOutside.Id, .. oldest.Select(article => article.Id)];
        var walked = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await _client.GetJsonAsync($"/api/v1/articles?q={word}&limit=70" + (cursor is null ? "" : $"&cursor={cursor}"));
            walked.AddRange(page.Ids());
            cursor = page.NextCursor();
        }
        while (cursor is not null);

        Assert.Equal(expected, walked);
        Assert.Equal(expected[200..], (await _client.GetJsonAsync($"/api/v1/articles?q={word}&limit=100&page=3")).Ids());
        Assert.Equal(expected[190..], (await _client.GetJsonAsync($"/api/v1/articles?q={word}&limit=10&page=20")).Ids()
            .Concat((await _client.GetJsonAsync($"/api/v1/articles?q={word}&limit=10&page=21")).Ids()));
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
            // Body matches (the last tier), the word repeated a different number of times: repetition does not rank.
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
