using ContentApi.Domain.Authors;

namespace ContentApi.Domain.Articles;

/// <summary>An author's place in an article's byline.</summary>
public sealed class ArticleAuthor(Guid articleId, Guid authorId, int position)
{
    public Guid ArticleId { get; private set; } = articleId;
    public Guid AuthorId { get; private set; } = authorId;
    public int Position { get; internal set; } = position;

    /// <summary>Navigation for queries; not loaded by the aggregate.</summary>
    public Author Author { get; private set; } = null!;

    /// <summary>The article's publish date while it is published, else null: lets an author's page read one index.</summary>
    public DateTime? PublishedAt { get; internal set; }
}
