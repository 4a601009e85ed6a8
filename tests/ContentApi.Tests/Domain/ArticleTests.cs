using ContentApi.Domain.Articles;
using ContentApi.Domain.Common;

namespace ContentApi.Tests.Domain;

public class ArticleTests
{
    private static readonly DateTime Now = new(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Author = Guid.CreateVersion7();
    private static readonly Guid Peru = Guid.CreateVersion7();
    private static readonly Guid Cocaine = Guid.CreateVersion7();

    private static ArticleContent Content(string slug = "peru-weighs-military-role", Guid? primary = null, IReadOnlyList<Guid>? tags = null) =>
        new(ArticleType.Brief, "en", "Peru Weighs Military Role", slug, "Lead.", "<p>One two three.</p><h2>Analysis</h2><p>Four five.</p>",
            [Author], tags ?? [Peru, Cocaine], primary ?? Peru, true);

    [Fact]
    public void A_new_article_is_a_draft_in_its_own_translation_group()
    {
        var id = Guid.CreateVersion7();
        var article = Article.Create(id, Content(), null, Now);

        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal(id, article.TranslationGroupId);
        Assert.Null(article.PublishedAt);
        Assert.Equal(6, article.WordCount); // the sub-heading "Analysis" is a word too
    }

    [Fact]
    public void The_primary_tag_must_be_one_of_the_tags()
    {
        var error = Assert.Throws<DomainRuleException>(() => Article.Create(Guid.CreateVersion7(), Content(primary: Guid.CreateVersion7()), null, Now));

        Assert.Equal("primaryTagId", error.Field);
    }

    [Fact]
    public void An_article_needs_an_author()
    {
        var content = Content() with { AuthorIds = [] };

        var error = Assert.Throws<DomainRuleException>(() => Article.Create(Guid.CreateVersion7(), content, null, Now));

        Assert.Equal("authorIds", error.Field);
    }

    [Fact]
    public void Publishing_at_a_future_time_schedules_and_goes_live_only_when_due()
    {
        var article = Article.Create(Guid.CreateVersion7(), Content(), null, Now);

        article.Publish(Now.AddHours(1), Now);
        Assert.Equal(ArticleStatus.Scheduled, article.Status);
        Assert.False(article.GoLiveIfDue(Now.AddMinutes(59)));

        Assert.True(article.GoLiveIfDue(Now.AddHours(1)));
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(Now.AddHours(1), article.PublishedAt);
    }

    [Fact]
    public void Publishing_at_a_past_time_back_dates_at_once()
    {
        var article = Article.Create(Guid.CreateVersion7(), Content(), null, Now);
        var archived = new DateTime(2012, 10, 10, 0, 0, 0, DateTimeKind.Utc);

        article.Publish(archived, Now);

        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(archived, article.PublishedAt);
        Assert.All(article.Tags, tag => Assert.Equal(archived, tag.PublishedAt));
        Assert.All(article.Authors, author => Assert.Equal(archived, author.PublishedAt));
    }

    [Fact]
    public void Unpublishing_takes_the_article_off_the_tag_and_author_listings()
    {
        var article = Article.Create(Guid.CreateVersion7(), Content(), null, Now);
        article.Publish(null, Now);

        article.Unpublish(Now);

        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.All(article.Tags, tag => Assert.Null(tag.PublishedAt));
        Assert.All(article.Authors, author => Assert.Null(author.PublishedAt));
    }

    [Fact]
    public void Changing_the_slug_keeps_the_old_one_and_taking_it_back_forgets_it()
    {
        var article = Article.Create(Guid.CreateVersion7(), Content("first-slug"), null, Now);

        article.Apply(Content("second-slug"), Now);
        Assert.Equal(["first-slug"], article.OldSlugs.Select(old => old.Slug));

        article.Apply(Content("first-slug"), Now);
        Assert.Equal(["second-slug"], article.OldSlugs.Select(old => old.Slug));
    }

    [Fact]
    public void Tags_keep_the_editors_order()
    {
        var article = Article.Create(Guid.CreateVersion7(), Content(tags: [Peru, Cocaine]), null, Now);

        article.Apply(Content(tags: [Cocaine, Peru]), Now);

        Assert.Equal([Cocaine, Peru], article.Tags.OrderBy(tag => tag.Position).Select(tag => tag.TagId));
    }

    [Fact]
    public void A_link_is_to_an_article_or_a_url_never_both()
    {
        var article = Article.Create(Guid.CreateVersion7(), Content(), null, Now);

        Assert.Throws<DomainRuleException>(() => article.ReplaceRelatedLinks([new RelatedLinkTarget(Guid.CreateVersion7(), "https://example.org", "x")], Now));
        Assert.Throws<DomainRuleException>(() => article.ReplaceRelatedLinks([new RelatedLinkTarget(article.Id, null, null)], Now));
    }
}
