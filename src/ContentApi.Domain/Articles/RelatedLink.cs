using ContentApi.Domain.Common;

namespace ContentApi.Domain.Articles;

/// <summary>What a related link points at: another article of ours, or an external page with a title.</summary>
public sealed record RelatedLinkTarget(Guid? ArticleId, string? Url, string? Title);

/// <summary>An editor's related link, to one of our articles or to an external URL.</summary>
public sealed class RelatedLink
{
    private RelatedLink()
    {
    }

    public Guid Id { get; private set; }
    public Guid ArticleId { get; private set; }
    public int Position { get; private set; }
    public Guid? TargetArticleId { get; private set; }

    /// <summary>Navigation for queries; not loaded by the aggregate.</summary>
    public Article? TargetArticle { get; private set; }
    public string? Url { get; private set; }

    /// <summary>Shown instead of the target article's title when set.</summary>
    public string? Title { get; private set; }

    internal static RelatedLink Create(Guid articleId, int position, RelatedLinkTarget target)
    {
        if (target.ArticleId is null == target.Url is null)
        {
            throw new DomainRuleException($"links[{position}]", "A link points at either an articleId or a url, not both.");
        }

        if (target.Url is not null && string.IsNullOrWhiteSpace(target.Title))
        {
            throw new DomainRuleException($"links[{position}].title", "An external link needs a title.");
        }

        return new RelatedLink
        {
            Id = Guid.CreateVersion7(),
            ArticleId = articleId,
            Position = position,
            TargetArticleId = target.ArticleId,
            Url = target.Url,
            Title = target.Title,
        };
    }
}
