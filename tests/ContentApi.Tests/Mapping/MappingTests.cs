using ContentApi.Domain.Articles;
using ContentApi.Features.Articles;
using ContentApi.Infrastructure.Mapping;
using Mapster;

namespace ContentApi.Tests.Mapping;

public class MappingTests
{
    [Fact]
    public void Every_mapping_config_compiles()
    {
        var config = MappingSetup.Build();

        config.Compile();

        Assert.NotEmpty(config.RuleMap);
    }

    [Fact]
    public void Every_register_in_the_service_is_scanned()
    {
        var registers = typeof(MappingSetup).Assembly.GetTypes()
            .Where(type => typeof(IRegister).IsAssignableFrom(type) && !type.IsAbstract)
            .ToList();

        Assert.Contains(typeof(ArticleMappings), registers);
        Assert.True(registers.Count >= 3);
    }

    [Fact]
    public void An_article_maps_to_the_request_a_put_would_send()
    {
        var author = Guid.CreateVersion7();
        var tags = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };
        var content = new ArticleContent(ArticleType.Analysis, "es", "Policía en la frontera", "policia-en-la-frontera", "Lead.", "<p>Body.</p>",
            [author], tags, tags[1], false);
        var article = Article.Create(Guid.CreateVersion7(), content, null, DateTime.UtcNow);

        var request = article.Adapt<ArticleRequest>(MappingSetup.Build());

        Assert.Equal("Policía en la frontera", request.Title);
        Assert.Equal("policia-en-la-frontera", request.Slug);
        Assert.Equal(ArticleType.Analysis, request.Type);
        Assert.Equal("es", request.Language);
        Assert.Equal([author], request.AuthorIds);
        Assert.Equal(tags, request.TagIds);
        Assert.Equal(tags[1], request.PrimaryTagId);
        Assert.False(request.Syndicatable);
        Assert.Null(request.TranslationOf);
    }

    [Fact]
    public void A_request_without_a_primary_tag_gets_its_first_tag_as_kicker()
    {
        var tags = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };
        var request = new ArticleRequest { Title = "T", AuthorIds = [Guid.CreateVersion7()], TagIds = tags };

        var content = request.Adapt<ArticleContent>(MappingSetup.Build());

        Assert.Equal(tags[0], content.PrimaryTagId);
        Assert.Equal(ArticleType.News, content.Type);
        Assert.True(content.Syndicatable);
    }
}
