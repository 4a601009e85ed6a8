namespace ContentApi.Domain.Articles;

/// <summary>Counts of readers' "Was this content helpful?" answers for one article.</summary>
public sealed class ArticleFeedback(Guid articleId)
{
    public Guid ArticleId { get; private set; } = articleId;
    public long Helpful { get; private set; }
    public long NotHelpful { get; private set; }
    public DateTime? LastAt { get; private set; }
}
