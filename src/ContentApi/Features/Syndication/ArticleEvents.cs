using ContentApi.Data;
using ContentApi.Domain.Articles;

namespace ContentApi.Features.Syndication;

/// <summary>What happened to an article, as partners hear of it.</summary>
public enum ArticleEvent
{
    Published,
    Updated,
    Unpublished,
    Deleted,
}

/// <summary>
/// The one call every write makes after changing an article and before SaveChanges: it adds the change-feed entry
/// (and the webhook deliveries) to the same unit of work, so the change and its announcement commit together or
/// not at all.
/// </summary>
public sealed class ArticleEvents(TimeProvider clock)
{
    /// <param name="db">The context the write saves with.</param>
    /// <param name="article">The article after the change (for a delete: as it was).</param>
    /// <param name="wasSyndicated">Whether partners could see it before: published and syndicatable.</param>
    /// <param name="happened">What the write did.</param>
    public void Record(ContentDbContext db, Article article, bool wasSyndicated, ArticleEvent happened)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var isSyndicated = happened != ArticleEvent.Deleted && article.IsPublished && article.Syndicatable;
        if (isSyndicated)
        {
            db.ArticleChanges.Add(new ArticleChange(article.Id, ChangeAction.Upsert, article.Slug, article.Language, now));
        }
        else if (wasSyndicated)
        {
            db.ArticleChanges.Add(new ArticleChange(article.Id, ChangeAction.Delete, article.Slug, article.Language, now));
        }
    }

    /// <summary>Whether partners can see the article as it is now.</summary>
    public static bool IsSyndicated(Article article) => article.IsPublished && article.Syndicatable;
}
