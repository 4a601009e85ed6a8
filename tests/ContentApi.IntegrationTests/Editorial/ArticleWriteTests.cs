using System.Net;
using System.Net.Http.Json;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Editorial;

public class ArticleWriteTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Create_returns_201_with_location_etag_and_the_draft_as_editors_see_it()
    {
        var editor = await factory.CreateEditorClientAsync();
        var tag = await factory.AddTagAsync();
        var body = await factory.ArticleBodyAsync(new { tagIds = new[] { tag.Id }, type = "analysis" });

        var response = await editor.PostAsJsonAsync("/api/v1/articles", body, TestJson.Options);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = await response.JsonAsync();
        var id = article.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/articles/{id}", response.Headers.Location?.OriginalString);
        Assert.Matches("^\"[0-9]+\"$", response.ETagOf());
        Assert.Equal("draft", article.GetProperty("status").GetString());
        Assert.Equal("analysis", article.GetProperty("type").GetString());
        Assert.Equal(tag.Slug, article.GetProperty("primaryTag").GetProperty("slug").GetString());
        Assert.Equal("<p>Body text.</p>", article.GetProperty("bodyHtml").GetString());
        Assert.Empty(article.GetProperty("sanitized").EnumerateArray());

        var read = await editor.GetAsync($"/api/v1/articles/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var anonymous = await factory.CreateClient(apiKey: null).GetAsync($"/api/v1/articles/{id}");
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_slug_made_from_a_title_transliterates_accents()
    {
        var editor = await factory.CreateEditorClientAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];

        var (article, _) = await factory.CreateArticleAsync(editor, new { title = $"Policía en la frontera {marker}", language = "es" });

        Assert.Equal($"policia-en-la-frontera-{marker}", article.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Made_slugs_stay_unique_per_language_with_a_number()
    {
        var editor = await factory.CreateEditorClientAsync();
        var title = TestData.Unique("Same Title");

        var (first, _) = await factory.CreateArticleAsync(editor, new { title });
        var (second, _) = await factory.CreateArticleAsync(editor, new { title });
        var (third, _) = await factory.CreateArticleAsync(editor, new { title });
        var (spanish, _) = await factory.CreateArticleAsync(editor, new { title, language = "es" });

        var slug = first.GetProperty("slug").GetString();
        Assert.Equal($"{slug}-2", second.GetProperty("slug").GetString());
        Assert.Equal($"{slug}-3", third.GetProperty("slug").GetString());
        Assert.Equal(slug, spanish.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task An_explicit_slug_taken_in_the_same_language_is_409()
    {
        var editor = await factory.CreateEditorClientAsync();
        var slug = TestData.Unique("taken");
        await factory.CreateArticleAsync(editor, new { slug });

        var clash = await editor.PostAsJsonAsync("/api/v1/articles", await factory.ArticleBodyAsync(new { slug }), TestJson.Options);
        var otherLanguage = await editor.PostAsJsonAsync("/api/v1/articles", await factory.ArticleBodyAsync(new { slug, language = "es" }), TestJson.Options);

        await clash.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(slug, (await clash.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, otherLanguage.StatusCode);
    }

    [Fact]
    public async Task Put_replaces_the_content_and_returns_a_new_etag()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();
        var replacement = await factory.ArticleBodyAsync(new { title = "Replaced title", summary = "New lead", type = "report" });

        var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/articles/{id}", replacement, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replaced = await response.JsonAsync();
        Assert.Equal("Replaced title", replaced.GetProperty("title").GetString());
        Assert.Equal("New lead", replaced.GetProperty("summary").GetString());
        Assert.Equal("report", replaced.GetProperty("type").GetString());
        Assert.Equal(article.GetProperty("slug").GetString(), replaced.GetProperty("slug").GetString());
        Assert.NotEqual(etag, response.ETagOf());
        Assert.Equal(replacement["authorIds"] is Guid[] ids ? ids[0] : Guid.Empty, replaced.GetProperty("authors")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_slug_change_keeps_the_old_slug_as_a_redirect()
    {
        var editor = await factory.CreateEditorClientAsync();
        var oldSlug = TestData.Unique("old-slug");
        var newSlug = TestData.Unique("new-slug");
        var (article, etag) = await factory.CreateArticleAsync(editor, new { slug = oldSlug });
        var id = article.GetProperty("id").GetGuid();
        var published = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/publish", null, etag);

        var response = await editor.PatchAsync($"/api/v1/articles/{id}", new { slug = newSlug }, published.ETagOf());
        var redirect = await factory.CreateClient(apiKey: null).GetAsync($"/api/v1/articles/{oldSlug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal($"/api/v1/articles/{newSlug}", redirect.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Patch_changes_only_the_members_it_names()
    {
        var editor = await factory.CreateEditorClientAsync();
        var tag = await factory.AddTagAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor, new { tagIds = new[] { tag.Id }, summary = "Kept lead" });
        var id = article.GetProperty("id").GetGuid();

        var response = await editor.PatchAsync($"/api/v1/articles/{id}", new { title = "Patched title", syndicatable = false }, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var patched = await response.JsonAsync();
        Assert.Equal("Patched title", patched.GetProperty("title").GetString());
        Assert.False(patched.GetProperty("syndicatable").GetBoolean());
        Assert.Equal("Kept lead", patched.GetProperty("summary").GetString());
        Assert.Equal(tag.Id, patched.GetProperty("tags")[0].GetProperty("id").GetGuid());
        Assert.Equal(article.GetProperty("slug").GetString(), patched.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task Patch_with_null_removes_an_optional_member()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor, new { summary = "To be removed" });

        var response = await editor.PatchAsync($"/api/v1/articles/{article.GetProperty("id").GetGuid()}", new { summary = (string?)null }, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", (await response.JsonAsync()).GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Patch_needs_the_merge_patch_media_type()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);

        var response = await editor.SendJsonAsync(HttpMethod.Patch, $"/api/v1/articles/{article.GetProperty("id").GetGuid()}", new { title = "x" }, etag);

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/merge-patch+json", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Delete_makes_later_reads_404_and_tells_the_change_feed()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();
        var published = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/publish", null, etag);

        var response = await editor.SendJsonAsync(HttpMethod.Delete, $"/api/v1/articles/{id}", null, published.ETagOf());

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/api/v1/articles/{id}")).StatusCode);
        var actions = await factory.WithDbAsync(db => Task.FromResult(
            db.ArticleChanges.Where(change => change.ArticleId == id).OrderBy(change => change.Id).Select(change => change.Action.ToString()).ToList()));
        Assert.Equal(["Upsert", "Delete"], actions);
    }

    [Fact]
    public async Task A_translation_joins_the_group_of_the_article_it_translates()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (english, _) = await factory.CreateArticleAsync(editor);
        var englishId = english.GetProperty("id").GetGuid();

        var (spanish, _) = await factory.CreateArticleAsync(editor, new { language = "es", translationOf = englishId });
        var secondSpanish = await editor.PostAsJsonAsync("/api/v1/articles",
            await factory.ArticleBodyAsync(new { language = "es", translationOf = englishId }), TestJson.Options);
        var sameLanguage = await editor.PostAsJsonAsync("/api/v1/articles",
            await factory.ArticleBodyAsync(new { language = "en", translationOf = englishId }), TestJson.Options);

        Assert.Equal("en", spanish.GetProperty("translations")[0].GetProperty("language").GetString());
        await secondSpanish.AssertProblemAsync(HttpStatusCode.Conflict);
        await sameLanguage.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(await sameLanguage.ErrorsForAsync("translationOf"));
    }

    [Fact]
    public async Task Changing_language_into_one_the_translation_group_has_is_409()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (english, _) = await factory.CreateArticleAsync(editor);
        var (spanish, spanishETag) = await factory.CreateArticleAsync(editor, new { language = "es", translationOf = english.GetProperty("id").GetGuid() });

        var response = await editor.PatchAsync($"/api/v1/articles/{spanish.GetProperty("id").GetGuid()}", new { language = "en" }, spanishETag);

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("one article per language", (await response.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_replace_with_translation_of_moves_the_article_into_that_group()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (english, _) = await factory.CreateArticleAsync(editor);
        var (spanish, spanishETag) = await factory.CreateArticleAsync(editor, new { language = "es" });

        var response = await editor.PatchAsync($"/api/v1/articles/{spanish.GetProperty("id").GetGuid()}",
            new { translationOf = english.GetProperty("id").GetGuid() }, spanishETag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(english.GetProperty("slug").GetString(), (await response.JsonAsync()).GetProperty("translations")[0].GetProperty("slug").GetString());
    }

    [Theory]
    [InlineData("authorIds[0]")]
    [InlineData("tagIds[0]")]
    [InlineData("translationOf")]
    public async Task A_reference_to_nothing_is_400_naming_it_and_creates_nothing(string field)
    {
        var editor = await factory.CreateEditorClientAsync();
        var title = TestData.Unique("Never saved");
        var missing = Guid.CreateVersion7();
        object with = field switch
        {
            "authorIds[0]" => new { title, authorIds = new[] { missing } },
            "tagIds[0]" => new { title, tagIds = new[] { missing } },
            _ => new { title, translationOf = missing },
        };

        var response = await editor.PostAsJsonAsync("/api/v1/articles", await factory.ArticleBodyAsync(with), TestJson.Options);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(missing.ToString(), Assert.Single(await response.ErrorsForAsync(field)));
        Assert.False(await factory.WithDbAsync(db => Task.FromResult(db.Articles.Any(article => article.Title == title))));
    }
}
