using ContentApi.Domain.Articles;
using Mapster;

namespace ContentApi.Features.Articles;

/// <summary>Article requests to the domain, and the domain to what PATCH merges into and what a revision stores.</summary>
public sealed class ArticleMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        // Language and slug are settled by ArticleContentRules (defaults, uniqueness); these are placeholders.
        config.NewConfig<ArticleRequest, ArticleContent>()
            .Map(content => content.Language, request => request.Language ?? "")
            .Map(content => content.Slug, request => request.Slug ?? "")
            .Map(content => content.PrimaryTagId, request => request.PrimaryTagId ?? (request.TagIds.Count > 0 ? request.TagIds[0] : null));

        // What PATCH merges into: the article as a PUT would send it. translationOf stays out (null keeps the group).
        config.NewConfig<Article, ArticleRequest>()
            .Map(request => request.AuthorIds, article => article.Authors.OrderBy(author => author.Position).Select(author => author.AuthorId).ToList())
            .Map(request => request.TagIds, article => article.Tags.OrderBy(tag => tag.Position).Select(tag => tag.TagId).ToList())
            .Ignore(request => request.TranslationOf);

        config.NewConfig<Article, ArticleSnapshot>()
            .Map(snapshot => snapshot.AuthorIds, article => article.Authors.OrderBy(author => author.Position).Select(author => author.AuthorId).ToList())
            .Map(snapshot => snapshot.TagIds, article => article.Tags.OrderBy(tag => tag.Position).Select(tag => tag.TagId).ToList())
            .Map(snapshot => snapshot.RelatedLinks, article => article.RelatedLinks.OrderBy(link => link.Position).ToList());
        config.NewConfig<RelatedLink, RelatedLinkRequest>()
            .Map(request => request.ArticleId, link => link.TargetArticleId);

        // An article's current content, for writes that change one part of it (a deleted tag or author removed).
        config.NewConfig<Article, ArticleContent>()
            .Map(content => content.AuthorIds, article => article.Authors.OrderBy(author => author.Position).Select(author => author.AuthorId).ToList())
            .Map(content => content.TagIds, article => article.Tags.OrderBy(tag => tag.Position).Select(tag => tag.TagId).ToList());

        config.NewConfig<RelatedLinkRequest, RelatedLinkTarget>();

        config.NewConfig<Revision, RevisionSummaryResponse>()
            .Map(response => response.SavedBy, revision => revision);
        config.NewConfig<Revision, RevisionAuthorResponse>()
            .Map(author => author.KeyId, revision => revision.SavedByKeyId)
            .Map(author => author.Name, revision => revision.SavedBy);
    }
}
