using System.Text.Json;
using ContentApi.Domain.Articles;
using ContentApi.Domain.Tags;
using ContentApi.Features.Articles;
using ContentApi.Features.Syndication;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.IntegrationTests.Syndication;

/// <summary>
/// Feeds and the change feed read articles in one statement, lists as JSON (<see cref="SyndicatedArticles"/>); they
/// must say exactly what the public <see cref="ArticleProjection.Row"/> says about the same articles, lists in the same order.
/// </summary>
public class SyndicatedArticlesTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Rows_say_what_the_public_article_projection_says(bool includeLinks)
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
            Type = ArticleType.Investigation,
        });
        var spanish = await factory.AddArticleAsync(new ArticleSpec { Language = "es", TranslationGroupId = english.TranslationGroupId, TagIds = [topic.Id] });
        await factory.AddArticleAsync(new ArticleSpec { Language = "es", Slug = TestData.Unique("borrador"), TranslationGroupId = english.TranslationGroupId, PublishedAt = null });
        var target = await factory.AddArticleAsync(new ArticleSpec { TagIds = [country.Id], Type = ArticleType.Analysis, PublishedAt = new DateTime(2023, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddTicks(6789010) });
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
        Guid[] ids = [english.Id, spanish.Id, target.Id, bare.Id];

        var (expected, actual) = await factory.WithDbAsync(async db =>
        {
            var projected = await db.Articles.Where(article => ids.Contains(article.Id))
                .Select(ArticleProjection.Row(db.Articles, editor: false, includeBody: true, includeLinks: includeLinks))
                .AsSplitQuery()
                .ToListAsync();
            var syndicated = await db.Articles.Where(article => ids.Contains(article.Id))
                .Select(SyndicatedArticles.Row(db, includeLinks, includeLastChange: false))
                .ToListAsync();
            return (projected, syndicated.Select(row => row.ToArticleRow()).ToList());
        });

        Assert.Equal(4, actual.Count);
        Assert.Equal(Render(expected), Render(actual));
        var englishRow = actual.Single(row => row.Id == english.Id);
        Assert.Equal([first.Id, second.Id, third.Id], englishRow.Authors.Select(author => author.Id));
        Assert.Equal([person.Id, country.Id, group.Id, topic.Id], englishRow.Tags.Select(tag => tag.Id));
        Assert.Equal([("es", spanish.Slug)], englishRow.Translations.Select(translation => (translation.Language, translation.Slug)));
        Assert.Equal(includeLinks ? 3 : null, englishRow.RelatedLinks?.Count);
        Assert.Empty(actual.Single(row => row.Id == bare.Id).Tags);
    }

    /// <summary>Rows as JSON, in id order: dates keep their kind (a Z for UTC), so a local date would differ too.</summary>
    private static string Render(IEnumerable<ArticleRow> rows) =>
        JsonSerializer.Serialize(rows.OrderBy(row => row.Id), new JsonSerializerOptions { WriteIndented = true });
}
