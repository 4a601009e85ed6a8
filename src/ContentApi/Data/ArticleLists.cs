namespace ContentApi.Data;

// Rows of the views created by the ArticleListViews migration: one row per article, holding one of its lists as a JSON
// array in the shape of the API's list items (json_agg of nothing is NULL, so an article without any has no row).
// A read selects each list with a correlated subquery (ArticleProjection.Row); PostgreSQL pushes the article id into the
// view's GROUP BY, so each is an index probe for just the rows a page returns, and a page stays one statement.

/// <summary>article_author_lists: the byline, in order.</summary>
public sealed class ArticleAuthorList
{
    public Guid ArticleId { get; init; }
    public string? Value { get; init; }
}

/// <summary>article_tag_lists: the tags, in order.</summary>
public sealed class ArticleTagList
{
    public Guid ArticleId { get; init; }
    public string? Value { get; init; }
}

/// <summary>article_translation_lists: the other languages; <see cref="PublishedValue"/> leaves out unpublished ones.</summary>
public sealed class ArticleTranslationList
{
    public Guid ArticleId { get; init; }
    public string? Value { get; init; }
    public string? PublishedValue { get; init; }
}

/// <summary>article_related_link_lists: the related links, in order; <see cref="PublishedValue"/> leaves out links to unpublished articles.</summary>
public sealed class ArticleRelatedLinkList
{
    public Guid ArticleId { get; init; }
    public string? Value { get; init; }
    public string? PublishedValue { get; init; }
}
