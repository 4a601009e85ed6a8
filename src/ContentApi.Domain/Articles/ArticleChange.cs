namespace ContentApi.Domain.Articles;

public enum ChangeAction
{
    /// <summary>The article is (still) published and syndicatable: mirrors should hold its current version.</summary>
    Upsert,

    /// <summary>The article left the syndicated set (deleted, unpublished or no longer syndicatable).</summary>
    Delete,
}

/// <summary>One entry of the change feed partners mirror from, written in the same transaction as the change.</summary>
public sealed class ArticleChange(Guid articleId, ChangeAction action, string slug, string language, DateTime changedAt)
{
    public long Id { get; private set; }
    public Guid ArticleId { get; private set; } = articleId;
    public ChangeAction Action { get; private set; } = action;
    public string Slug { get; private set; } = slug;
    public string Language { get; private set; } = language;
    public DateTime ChangedAt { get; private set; } = changedAt;

    /// <summary>The writing transaction's id (set by the database): the feed only serves what no open transaction can precede.</summary>
    public long TransactionId { get; private set; }
}
