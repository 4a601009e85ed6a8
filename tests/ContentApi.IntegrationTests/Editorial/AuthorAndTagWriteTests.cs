using System.Net;
using ContentApi.Domain.Articles;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.IntegrationTests.Editorial;

public class AuthorAndTagWriteTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task An_author_is_created_replaced_and_deleted()
    {
        var editor = await factory.CreateEditorClientAsync();
        var name = $"José Núñez {Guid.NewGuid().ToString("N")[..6]}";

        var created = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/authors", new
        {
            name, bio = "Covers the border.", role = "Reporter", avatarUrl = "https://cdn.example.com/jose.jpg",
            links = new[] { new { label = "Website", url = "https://jose.example.com" } },
        });
        var author = await created.JsonAsync();
        var id = author.GetProperty("id").GetGuid();
        var replaced = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/authors/{id}", new { name = "José Núñez", role = "Senior Reporter" });
        var deleted = await editor.DeleteAsync($"/api/v1/authors/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/authors/{id}", created.Headers.Location?.OriginalString);
        Assert.StartsWith("jose-nunez-", author.GetProperty("slug").GetString());
        Assert.Equal("Website", author.GetProperty("links")[0].GetProperty("label").GetString());
        Assert.Equal(0, author.GetProperty("articleCount").GetInt64());
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("Senior Reporter", (await replaced.JsonAsync()).GetProperty("role").GetString());
        Assert.Equal(author.GetProperty("slug").GetString(), (await replaced.JsonAsync()).GetProperty("slug").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Authors.AnyAsync(a => a.Id == id)));
    }

    [Fact]
    public async Task A_tag_is_created_replaced_and_deleted()
    {
        var editor = await factory.CreateEditorClientAsync();
        var slug = TestData.Unique("peru");

        var created = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/tags", new { name = "Peru", slug, kind = "country" });
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var replaced = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/tags/{id}", new { name = "Perú", kind = "country", description = "The country." });
        var deleted = await editor.DeleteAsync($"/api/v1/tags/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(slug, (await created.JsonAsync()).GetProperty("slug").GetString());
        Assert.Equal("Perú", (await replaced.JsonAsync()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
    }

    [Fact]
    public async Task A_taken_slug_is_409()
    {
        var editor = await factory.CreateEditorClientAsync();
        var tag = await factory.AddTagAsync();
        var author = await factory.AddAuthorAsync();

        var tagClash = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/tags", new { name = "Other", slug = tag.Slug, kind = "topic" });
        var authorClash = await editor.SendJsonAsync(HttpMethod.Post, "/api/v1/authors", new { name = "Other", slug = author.Slug });

        await tagClash.AssertProblemAsync(HttpStatusCode.Conflict);
        await authorClash.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    public static TheoryData<string, string, string, string> InvalidInput => new()
    {
        { "/api/v1/authors", """{ "name": "" }""", "name", "1–200" },
        { "/api/v1/authors", $$"""{ "name": "{{new string('n', 201)}}" }""", "name", "1–200" },
        { "/api/v1/authors", """{ "name": "A", "slug": "Not Valid" }""", "slug", "lower-case" },
        { "/api/v1/authors", $$"""{ "name": "A", "bio": "{{new string('b', 5001)}}" }""", "bio", "at most 5000" },
        { "/api/v1/authors", $$"""{ "name": "A", "role": "{{new string('r', 201)}}" }""", "role", "at most 200" },
        { "/api/v1/authors", """{ "name": "A", "avatarUrl": "javascript:alert(1)" }""", "avatarUrl", "http or https" },
        { "/api/v1/authors", """{ "name": "A", "links": [{ "label": "X", "url": "ftp://x" }] }""", "links[0].url", "http or https" },
        { "/api/v1/authors", """{ "name": "A", "links": [{ "label": "", "url": "https://x.example" }] }""", "links[0].label", "1–100" },
        { "/api/v1/authors", $$"""{ "name": "A", "links": [{{string.Join(",", Enumerable.Repeat("""{ "label": "L", "url": "https://x.example" }""", 21))}}] }""", "links", "at most 20" },
        { "/api/v1/authors", """{ "name": "A", "nmae": "typo" }""", "nmae", "not a member" },
        { "/api/v1/tags", """{ "name": "T", "kind": "place" }""", "kind", "country, topic, group, person" },
        { "/api/v1/tags", """{ "name": "T" }""", "kind", "required" },
        { "/api/v1/tags", """{ "name": "", "kind": "topic" }""", "name", "1–200" },
        { "/api/v1/tags", """{ "name": "T", "slug": "a--b", "kind": "topic" }""", "slug", "single hyphens" },
        { "/api/v1/tags", $$"""{ "name": "T", "kind": "topic", "description": "{{new string('d', 5001)}}" }""", "description", "at most 5000" },
    };

    [Theory]
    [MemberData(nameof(InvalidInput))]
    public async Task Invalid_author_or_tag_input_is_400_naming_the_field(string path, string body, string field, string message)
    {
        var response = await (await factory.CreateEditorClientAsync()).SendJsonAsync(HttpMethod.Post, path, body);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(await response.ErrorsForAsync(field), error => error.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deleting_a_tag_in_use_is_409_unless_forced_and_forcing_saves_each_article()
    {
        var editor = await factory.CreateEditorClientAsync();
        var doomed = await factory.AddTagAsync();
        var kept = await factory.AddTagAsync();
        var (article, _) = await factory.CreateArticleAsync(editor, new { tagIds = new[] { doomed.Id, kept.Id }, primaryTagId = doomed.Id });
        var id = article.GetProperty("id").GetGuid();

        var refused = await editor.DeleteAsync($"/api/v1/tags/{doomed.Id}");
        var forced = await editor.DeleteAsync($"/api/v1/tags/{doomed.Id}?force=true");

        await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(article.GetProperty("slug").GetString()!, (await refused.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NoContent, forced.StatusCode);
        var after = await (await editor.GetAsync($"/api/v1/articles/{id}")).JsonAsync();
        Assert.Equal([kept.Id], after.GetProperty("tags").EnumerateArray().Select(tag => tag.GetProperty("id").GetGuid()));
        Assert.Equal(kept.Slug, after.GetProperty("primaryTag").GetProperty("slug").GetString());
        Assert.Equal(2, (await (await editor.GetAsync($"/api/v1/articles/{id}/revisions")).JsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task Deleting_an_author_in_use_is_409_unless_forced()
    {
        var editor = await factory.CreateEditorClientAsync();
        var doomed = await factory.AddAuthorAsync();
        var colleague = await factory.AddAuthorAsync();
        var (article, _) = await factory.CreateArticleAsync(editor, new { authorIds = new[] { doomed.Id, colleague.Id } });

        var refused = await editor.DeleteAsync($"/api/v1/authors/{doomed.Id}");
        var forced = await editor.DeleteAsync($"/api/v1/authors/{doomed.Id}?force=true");

        await refused.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, forced.StatusCode);
        var after = await (await editor.GetAsync($"/api/v1/articles/{article.GetProperty("id").GetGuid()}")).JsonAsync();
        Assert.Equal([colleague.Id], after.GetProperty("authors").EnumerateArray().Select(author => author.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Forcing_the_deletion_of_an_articles_only_author_is_still_409_and_changes_nothing()
    {
        var editor = await factory.CreateEditorClientAsync();
        var sole = await factory.AddAuthorAsync();
        var other = await factory.AddAuthorAsync();
        var (shared, _) = await factory.CreateArticleAsync(editor, new { authorIds = new[] { sole.Id, other.Id } });
        var (alone, _) = await factory.CreateArticleAsync(editor, new { authorIds = new[] { sole.Id } });

        var response = await editor.DeleteAsync($"/api/v1/authors/{sole.Id}?force=true");

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains(alone.GetProperty("slug").GetString()!, (await response.JsonAsync()).GetProperty("detail").GetString());
        var sharedAfter = await (await editor.GetAsync($"/api/v1/articles/{shared.GetProperty("id").GetGuid()}")).JsonAsync();
        Assert.Equal(2, sharedAfter.GetProperty("authors").GetArrayLength());
        Assert.True(await factory.WithDbAsync(db => db.Authors.AnyAsync(a => a.Id == sole.Id)));
    }

    [Fact]
    public async Task Renaming_a_tag_tells_partners_about_the_published_articles_that_show_it()
    {
        var editor = await factory.CreateEditorClientAsync();
        var tag = await factory.AddTagAsync();
        var article = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id] });

        var response = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/tags/{tag.Id}", new { name = "Renamed", kind = "country" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var changes = await factory.WithDbAsync(db => db.ArticleChanges.Where(change => change.ArticleId == article.Id).Select(change => change.Action).ToListAsync());
        Assert.Equal([ChangeAction.Upsert], changes);
    }

    [Fact]
    public async Task Replacing_or_deleting_a_missing_author_or_tag_is_404()
    {
        var editor = await factory.CreateEditorClientAsync();
        var missing = Guid.CreateVersion7();

        await (await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/authors/{missing}", new { name = "X" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/tags/{missing}", new { name = "X", kind = "topic" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await editor.DeleteAsync($"/api/v1/authors/{missing}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await editor.DeleteAsync($"/api/v1/tags/{missing}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
