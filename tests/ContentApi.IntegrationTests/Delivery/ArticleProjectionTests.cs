using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Domain.Tags;
using ContentApi.Features.Articles;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.IntegrationTests.Delivery;

/// <summary>
/// Every read builds its articles with <see cref="ArticleProjection.Row"/>: one SQL row per article, its lists as JSON
/// arrays from the article_*_lists views. The lists must come back complete, in the editors' order, with drafts only
/// for editors, and with dates that stay UTC on the way through JSON.
/// </summary>
public class ArticleProjectionTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Lists_come_back_in_order_with_drafts_only_for_editors(bool editor)
    {
        var country = await factory.AddTagAsync(kind: TagKind.Country);
        var topic = await factory.AddTagAsync(kind: TagKind.Topic);
        var group = await factory.AddTagAsync(kind: TagKind.Group);
        var person = await factory.AddTagAsync(kind: TagKind.Person);
        var first = await factory.AddAuthorAsync("Zoe Last-Alphabetically");
        var second = await factory.AddAuthorAsync("Ana First-Alphabetically");
        var third = await factory.AddAuthorAsync("Mia Middle");

        // Positions that are neither creation nor alphabetical order, so only sorting by position gets them right.
        var english = await factory.AddArticleAsync(new ArticleSpec
        {
            AuthorIds = [first.Id, second.Id, third.Id], TagIds = [person.Id, country.Id, group.Id, topic.Id], PrimaryTagId = group.Id,
        });
        var spanish = await factory.AddArticleAsync(new ArticleSpec { Language = "es", TranslationGroupId = english.TranslationGroupId });
        var draftTranslation = await factory.AddArticleAsync(new ArticleSpec
        {
            Language = "fr", Slug = TestData.Unique("brouillon"), TranslationGroupId = english.TranslationGroupId, PublishedAt = null,
        });
        var publishedAt = new DateTime(2023, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(6789010);
        var target = await factory.AddArticleAsync(new ArticleSpec { TagIds = [country.Id], Type = ArticleType.Analysis, PublishedAt = publishedAt });
        var untaggedTarget = await factory.AddArticleAsync(new ArticleSpec());
        var draftTarget = await factory.AddArticleAsync(new ArticleSpec { PublishedAt = null });
        await factory.ChangeArticleAsync(english.Id, article => article.ReplaceRelatedLinks(
        [
            new RelatedLinkTarget(null, "https://example.com/report", "A report"),
            new RelatedLinkTarget(target.Id, null, null),
            new RelatedLinkTarget(draftTarget.Id, null, null),
            new RelatedLinkTarget(untaggedTarget.Id, null, "Our own title"),
        ], DateTime.UtcNow));
        var bare = await factory.AddArticleAsync(new ArticleSpec());

        var rows = await ReadAsync([english.Id, bare.Id], editor, includeLinks: true);

        var row = rows[english.Id];
        Assert.Equal([first.Id, second.Id, third.Id], row.Authors.Select(author => author.Id));
        Assert.Equal(["Zoe Last-Alphabetically", "Ana First-Alphabetically", "Mia Middle"], row.Authors.Select(author => author.Name));
        Assert.Equal([person.Id, country.Id, group.Id, topic.Id], row.Tags.Select(tag => tag.Id));
        Assert.Equal([TagKind.Person, TagKind.Country, TagKind.Group, TagKind.Topic], row.Tags.Select(tag => tag.Kind));
        Assert.Equal(group.Slug, row.PrimaryTag?.Slug);
        Assert.Equal(
            editor ? [("es", spanish.Slug), ("fr", draftTranslation.Slug)] : [("es", spanish.Slug)],
            row.Translations.Select(translation => (translation.Language, translation.Slug)));

        var links = row.RelatedLinks!;
        Assert.Equal(editor ? 4 : 3, links.Count);
        Assert.Equal(("https://example.com/report", "A report", (RelatedTargetRow?)null), (links[0].Url, links[0].Title, links[0].Target));
        var linked = links[1].Target!;
        Assert.Equal((target.Slug, "en", ArticleType.Analysis, country.Slug), (linked.Slug, linked.Language, linked.Type, linked.PrimaryTag?.Slug));
        Assert.Equal(DateTimeKind.Utc, linked.PublishedAt!.Value.Kind);
        Assert.Equal(publishedAt, linked.PublishedAt.Value);
        Assert.Equal(editor ? draftTarget.Slug : untaggedTarget.Slug, links[2].Target!.Slug);
        Assert.Equal(("Our own title", (PrimaryTagResponse?)null), (links[^1].Title, links[^1].Target!.PrimaryTag));

        // No tags, translations or links: json_agg of nothing is NULL, read as an empty list.
        var bareRow = rows[bare.Id];
        Assert.Equal((0, 0, 0), (bareRow.Tags.Count, bareRow.Translations.Count, bareRow.RelatedLinks!.Count));
    }

    [Fact]
    public async Task Related_links_and_body_are_read_only_when_asked_for()
    {
        var article = await factory.AddArticleAsync(new ArticleSpec { BodyHtml = "<p>The body.</p>" });

        var bare = (await ReadAsync([article.Id], editor: false, includeLinks: false, includeBody: false))[article.Id];
        var full = (await ReadAsync([article.Id], editor: false, includeLinks: true, includeBody: true))[article.Id];

        Assert.Null(bare.RelatedLinks);
        Assert.Null(bare.BodyHtml);
        Assert.Equal([], full.RelatedLinks!);
        Assert.Equal("<p>The body.</p>", full.BodyHtml);
    }

    private Task<Dictionary<Guid, ArticleRow>> ReadAsync(Guid[] ids, bool editor, bool includeLinks, bool includeBody = true) =>
        factory.WithDbAsync(async (ContentDbContext db) => (await db.Articles.Where(article => ids.Contains(article.Id))
                .Select(ArticleProjection.Row(db, editor, includeBody, includeLinks))
                .ToListAsync())
            .Select(row => row.ToArticleRow())
            .ToDictionary(row => row.Id));
}
