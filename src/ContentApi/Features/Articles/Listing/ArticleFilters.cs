using ContentApi.Domain.Articles;
using ContentApi.Infrastructure.Database;

namespace ContentApi.Features.Articles.Listing;

/// <summary>
/// The WHERE of every article list, in one statement. Which index serves what (see ArticleConfiguration and the
/// EXPLAIN notes in the delivery report):
/// <list type="bullet">
/// <item>published only — the partial indexes WHERE status = 'published': ix_articles_published_at_id,
/// ix_articles_language_published_at_id, ix_articles_type_published_at_id;</item>
/// <item>any status, recently changed first (editors' lists; the public sort=-updatedAt too) — ix_articles_updated_at_id;</item>
/// <item>tag and author filters — by id (see <see cref="FilterIdResolver"/>, slugs via ix_tags_slug / ix_authors_slug):
/// EXISTS semi-joins that PostgreSQL answers either from ix_article_tags_tag_id_published_at_article_id /
/// ix_article_authors_author_id_published_at_article_id (a rare tag: its rows, then the newest first) or by walking
/// ix_articles_published_at_id and probing pk_article_tags (a common tag), whichever its statistics for that id
/// say is cheaper; a NOT probes pk_article_tags;</item>
/// <item>from/to — a range on the publishedAt column leading every published index;</item>
/// <item>q — the GIN index ix_articles_search_vector (see <see cref="ArticleSearch"/>).</item>
/// </list>
/// </summary>
public static class ArticleFilters
{
    /// <summary>
    /// Marks a list filtered by tags, authors or words to be planned with its values every time (see
    /// <see cref="CustomPlans"/>): which tag or word it is decides whether an index walk or a bitmap is right.
    /// </summary>
    public static IQueryable<Article> PlannedWithValues(IQueryable<Article> filtered, ArticleListQuery query, FilterIds ids, ArticleScope scope) =>
        ids.PositiveSets > 0 || ids.NoTags.Count > 0 || scope.AuthorId is not null || scope.TagId is not null || query.Search is not null
            ? CustomPlans.Use(filtered)
            : filtered;

    public static IQueryable<Article> Filter(this IQueryable<Article> articles, ArticleListQuery query, FilterIds ids, ArticleScope scope, IReadOnlyList<string> languages)
    {
        var published = query.PublishedOnly;
        if (published)
        {
            // A constant, not a parameter: the planner must see it to use the partial indexes.
            articles = articles.Where(article => article.Status == ArticleStatus.Published);
        }
        else
        {
            var statuses = query.Statuses;
            articles = articles.Where(article => statuses.Contains(article.Status));
        }

        if (query.Types.Count == 1)
        {
            var type = query.Types[0];
            articles = articles.Where(article => article.Type == type);
        }
        else if (query.Types.Count > 1)
        {
            var types = query.Types;
            articles = articles.Where(article => types.Contains(article.Type));
        }

        if (query.Language is { } language)
        {
            articles = articles.Where(article => article.Language == language);
        }

        if (query.From is { } from)
        {
            articles = articles.Where(article => article.PublishedAt >= from);
        }

        if (query.To is { } to)
        {
            articles = articles.Where(article => article.PublishedAt <= to);
        }

        if (ids.Authors.Count > 0)
        {
            var authorIds = ids.Authors;
            articles = published
                ? articles.Where(article => article.Authors.Any(byline => byline.PublishedAt != null && authorIds.Contains(byline.AuthorId)))
                : articles.Where(article => article.Authors.Any(byline => authorIds.Contains(byline.AuthorId)));
        }

        if (scope.AuthorId is { } authorId)
        {
            articles = published
                ? articles.Where(article => article.Authors.Any(byline => byline.AuthorId == authorId && byline.PublishedAt != null))
                : articles.Where(article => article.Authors.Any(byline => byline.AuthorId == authorId));
        }

        if (scope.TagId is { } tagId)
        {
            articles = published
                ? articles.Where(article => article.Tags.Any(tagging => tagging.TagId == tagId && tagging.PublishedAt != null))
                : articles.Where(article => article.Tags.Any(tagging => tagging.TagId == tagId));
        }

        articles = FilterByTags(articles, ids, published);

        if (query.Search is { } search)
        {
            articles = articles.Where(ArticleSearch.Matches(search, languages));
        }

        return articles;
    }

    private static IQueryable<Article> FilterByTags(IQueryable<Article> articles, FilterIds ids, bool published)
    {
        foreach (var group in ids.AllTags)
        {
            if (group.Count == 1)
            {
                var tagId = group[0];
                articles = published
                    ? articles.Where(article => article.Tags.Any(tagging => tagging.TagId == tagId && tagging.PublishedAt != null))
                    : articles.Where(article => article.Tags.Any(tagging => tagging.TagId == tagId));
            }
            else
            {
                var tagIds = group;
                articles = published
                    ? articles.Where(article => article.Tags.Any(tagging => tagIds.Contains(tagging.TagId) && tagging.PublishedAt != null))
                    : articles.Where(article => article.Tags.Any(tagging => tagIds.Contains(tagging.TagId)));
            }
        }

        if (ids.NoTags.Count > 0)
        {
            var excluded = ids.NoTags;
            articles = articles.Where(article => !article.Tags.Any(tagging => excluded.Contains(tagging.TagId)));
        }

        return articles;
    }
}
