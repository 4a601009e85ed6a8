namespace ContentApi.Domain.Articles;

/// <summary>A saved version of an article: a full JSON snapshot, who saved it and when.</summary>
public sealed class Revision(Guid articleId, int number, string snapshot, Guid? savedByKeyId, string savedBy, DateTime savedAt)
{
    public Guid ArticleId { get; private set; } = articleId;
    public int Number { get; private set; } = number;
    public string Snapshot { get; private set; } = snapshot;
    public Guid? SavedByKeyId { get; private set; } = savedByKeyId;
    public string SavedBy { get; private set; } = savedBy;
    public DateTime SavedAt { get; private set; } = savedAt;
}
