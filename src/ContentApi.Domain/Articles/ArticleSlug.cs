namespace ContentApi.Domain.Articles;

/// <summary>A slug the article had before; reads of it redirect to the current one.</summary>
public sealed class ArticleSlug(Guid articleId, string slug, DateTime retiredAt)
{
    public Guid ArticleId { get; private set; } = articleId;
    public string Slug { get; private set; } = slug;
    public DateTime RetiredAt { get; private set; } = retiredAt;
}
