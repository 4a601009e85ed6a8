using System.Net;
using ContentApi.Domain.Articles;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Delivery;

public class RelatedArticleTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private static readonly DateTime Day = new(2019, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly HttpClient _client = factory.CreateClient(apiKey: null);

    [Fact]
    public async Task Editor_links_come_first_then_the_most_shared_tags_newest_first_never_itself_nor_a_draft()
    {
        var a = await factory.AddTagAsync();
        var b = await factory.AddTagAsync();
        var c = await factory.AddTagAsync();
        var source = await factory.AddArticleAsync(new ArticleSpec { TagIds = [a.Id, b.Id, c.Id], PublishedAt = Day });
        var linkedOld = await factory.AddArticleAsync(new ArticleSpec { PublishedAt = Day.AddYears(-5) });
        var linkedDraft = await factory.AddArticleAsync(new ArticleSpec { PublishedAt = null });
        var sharesThree = await factory.AddArticleAsync(new ArticleSpec { TagIds = [a.Id, b.Id, c.Id], PublishedAt = Day.AddDays(-10) });
        var sharesTwoOlder = await factory.AddArticleAsync(new ArticleSpec { TagIds = [a.Id, b.Id], PublishedAt = Day.AddDays(-3) });
        var sharesTwoNewer = await factory.AddArticleAsync(new ArticleSpec { TagIds = [b.Id, c.Id], PublishedAt = Day.AddDays(-1) });
        var sharesOne = await factory.AddArticleAsync(new ArticleSpec { TagIds = [c.Id], PublishedAt = Day.AddDays(1) });
        var draftSharing = await factory.AddArticleAsync(new ArticleSpec { TagIds = [a.Id, b.Id, c.Id], PublishedAt = null });
        await factory.ChangeArticleAsync(source.Id, article => article.ReplaceRelatedLinks(
        [
            new RelatedLinkTarget(null, "https://example.com/elsewhere", "Elsewhere"),
            new RelatedLinkTarget(linkedDraft.Id, null, null),
            new RelatedLinkTarget(linkedOld.Id, null, null),
            new RelatedLinkTarget(sharesTwoOlder.Id, null, null),
        ], DateTime.UtcNow));

        var related = (await _client.GetJsonAsync($"/api/v1/articles/{source.Slug}/related?limit=10")).Ids();
        var firstTwo = (await _client.GetJsonAsync($"/api/v1/articles/{source.Id}/related?limit=2")).Ids();
        var byDefault = (await _client.GetJsonAsync($"/api/v1/articles/{source.Id}/related")).Ids();

        Assert.Equal([linkedOld.Id, sharesTwoOlder.Id, sharesThree.Id, sharesTwoNewer.Id, sharesOne.Id], related);
        Assert.DoesNotContain(source.Id, related);
        Assert.DoesNotContain(draftSharing.Id, related);
        Assert.DoesNotContain(linkedDraft.Id, related);
        Assert.Equal(related.Take(2), firstTwo);
        Assert.Equal(5, byDefault.Count);
    }

    [Fact]
    public async Task Related_of_a_draft_is_404_without_an_editor_key_and_never_lists_drafts_for_editors()
    {
        var tag = await factory.AddTagAsync();
        var draft = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = null });
        var otherDraft = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id], PublishedAt = null });
        var published = await factory.AddArticleAsync(new ArticleSpec { TagIds = [tag.Id] });

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/articles/{draft.Id}/related")).StatusCode);
        var forEditor = (await factory.CreateAdminClient().GetJsonAsync($"/api/v1/articles/{draft.Id}/related")).Ids();
        Assert.Equal([published.Id], forEditor);
        Assert.DoesNotContain(otherDraft.Id, forEditor);
    }
}
