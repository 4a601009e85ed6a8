using ContentApi.Domain.Tags;

namespace ContentApi.Domain.Articles;

/// <summary>A tag on an article, in the editor's order.</summary>
public sealed class ArticleTag(Guid articleId, Guid tagId, int position)
{
    public Guid ArticleId { get; private set; } = articleId;
    public Guid TagId { get; private set; } = tagId;
    public int Position { get; internal set; } = position;

    /// <summary>Navigation for queries; not loaded by the aggregate.</summary>
    public Tag Tag { get; private set; } = null!;

    /// <summary>The article's publish date while it is published, else null: lets a tag page read one index.</summary>
    public DateTime? PublishedAt { get; internal set; }
}
