using ContentApi.Data;
using ContentApi.Domain.Articles;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

/// <summary>Resolves the <c>{idOrSlug}</c> of article routes, never showing a draft to a non-editor.</summary>
public static class ArticleLookup
{
    /// <summary>
    /// The article with that id or current slug (English first when a slug exists in several languages), as a query
    /// to project from; empty for anything that can be neither (and so a NUL never reaches PostgreSQL).
    /// </summary>
    public static IQueryable<Article> Matching(ContentDbContext db, string idOrSlug, string? language, bool editor)
    {
        var visible = db.Articles.Where(article => editor || article.Status == ArticleStatus.Published);
        if (Guid.TryParse(idOrSlug, out var id))
        {
            return visible.Where(article => article.Id == id);
        }

        if (!Domain.Common.Slug.IsValid(idOrSlug))
        {
            return visible.Where(article => false);
        }

        return visible
            .Where(article => article.Slug == idOrSlug && (language == null || article.Language == language))
            .OrderBy(article => article.Language == "en" ? 0 : 1).ThenBy(article => article.Language);
    }

    /// <summary>True when <paramref name="idOrSlug"/> can only be a slug: not an id, and a valid slug.</summary>
    public static bool IsSlug(string idOrSlug) => !Guid.TryParse(idOrSlug, out _) && Domain.Common.Slug.IsValid(idOrSlug);

    /// <summary>The current slug of the article that once had <paramref name="slug"/>, for a 301; null when none did.</summary>
    public static Task<string?> CurrentSlugOfOldAsync(ContentDbContext db, string slug, string? language, bool editor, CancellationToken cancellationToken)
    {
        if (!Domain.Common.Slug.IsValid(slug))
        {
            return Task.FromResult<string?>(null);
        }

        return db.ArticleSlugs
            .Where(old => old.Slug == slug)
            .Join(db.Articles, old => old.ArticleId, article => article.Id, (old, article) => article)
            .Where(article => (editor || article.Status == ArticleStatus.Published) && (language == null || article.Language == language))
            .OrderBy(article => article.Language == "en" ? 0 : 1).ThenBy(article => article.Language)
            .Select(article => article.Slug)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
