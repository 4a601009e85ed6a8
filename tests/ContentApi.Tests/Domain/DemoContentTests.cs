using ContentApi.Data.Seeding;
using ContentApi.Domain.Articles;
using ContentApi.Domain.Common;

namespace ContentApi.Tests.Domain;

public class DemoContentTests
{
    private static readonly DemoDataSet Demo = DemoContent.Build();

    [Fact]
    public void Build_is_deterministic()
    {
        var again = DemoContent.Build();

        Assert.Equal(Demo.Articles.Select(a => (a.Id, a.Slug, a.BodyHtml)), again.Articles.Select(a => (a.Id, a.Slug, a.BodyHtml)));
        Assert.Equal(Demo.Authors.Select(a => a.Id), again.Authors.Select(a => a.Id));
        Assert.Equal(Demo.Tags.Select(t => t.Id), again.Tags.Select(t => t.Id));
    }

    [Fact]
    public void The_demo_newsroom_has_the_shape_of_the_reference_site()
    {
        Assert.InRange(Demo.Articles.Count, 280, 330);
        Assert.Equal(25, Demo.Authors.Count);
        Assert.True(Demo.Tags.Count >= 20);
        Assert.Equal(Enum.GetValues<ArticleType>().Order(), Demo.Articles.Select(a => a.Type).Distinct().Order());
        Assert.Contains(Demo.Articles, a => a.Language == "es");
        Assert.Contains(Demo.Articles, a => a.Status == ArticleStatus.Draft);
        Assert.Contains(Demo.Articles, a => a.RelatedLinks.Count > 0);
        Assert.All(Demo.Articles, a => Assert.Contains("<h2>", a.BodyHtml));
    }

    [Fact]
    public void Translation_pairs_share_a_group_in_two_languages()
    {
        var pairs = Demo.Articles.GroupBy(a => a.TranslationGroupId).Where(g => g.Count() > 1).ToList();

        Assert.True(pairs.Count >= 20);
        Assert.All(pairs, pair => Assert.Equal(pair.Count(), pair.Select(a => a.Language).Distinct().Count()));
    }

    [Fact]
    public void Slugs_are_valid_and_unique_per_language()
    {
        Assert.All(Demo.Articles, a => Assert.True(Slug.IsValid(a.Slug), a.Slug));
        Assert.Equal(Demo.Articles.Count, Demo.Articles.Select(a => (a.Language, a.Slug)).Distinct().Count());
    }
}
