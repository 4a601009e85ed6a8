using ContentApi.Domain.Articles;

namespace ContentApi.Features.Articles.Listing;

/// <summary>
/// The WHERE of every article list, in one statement. Which index serves what (see ArticleConfiguration and the
/// EXPLAIN notes in the delivery report):
/// <list type="bullet">
/// <item>published only — the partial indexes WHERE status = 'published': ix_articles_published (publishedAt, id),
/// ix_articles_published_by_language, ix_articles_published_by_type, ix_articles_published_by_updated;</item>
/// <item>tag and author filters — EXISTS semi-joins on article_tags / article_authors, found by the tag or author's
/// slug (unique indexes ix_tags_slug, ix_authors_slug) and then ix_article_tags_published /
/// ix_article_authors_published (tag or author, publishedAt desc, article) — the same indexes that serve tag and
/// author pages; the NOT of a tag probes the primary key (article_id, tag_id);</item>
/// <item>from/to — a range on the publishedAt column leading every published index;</item>
/// <item>q — the GIN index on search_vector (see <see cref="ArticleSearch"/>).</item>
/// </list>
/// </summary>
public static class ArticleFilters
{
    public static IQueryable<Article> Filter(this IQueryable<Article> articles, ArticleListQuery query, ArticleScope scope, IReadOnlyList<string> languages)
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

        if (query.Authors.Count > 0)
        {
            var slugs = query.Authors;
            articles = published
                ? articles.Where(article => article.Authors.Any(byline => byline.PublishedAt != null && slugs.Contains(byline.Author.Slug)))
                : articles.Where(article => article.Authors.Any(byline => slugs.Contains(byline.Author.Slug)));
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

        if (query.Tags is { } tags)
        {
            articles = FilterByTags(articles, tags, published);
        }

        if (query.Search is { } search)
        {
            articles = articles.Where(ArticleSearch.Matches(search, languages));
        }

        return articles;
    }

    private static IQueryable<Article> FilterByTags(IQueryable<Article> articles, TagExpression tags, bool published)
    {
        foreach (var group in tags.AllOf)
        {
            if (group.Count == 1)
            {
                var slug = group[0];
                articles = published
                    ? articles.Where(article => article.Tags.Any(tagging => tagging.PublishedAt != null && tagging.Tag.Slug == slug))
                    : articles.Where(article => article.Tags.Any(tagging => tagging.Tag.Slug == slug));
            }
            else
            {
                var slugs = group;
                articles = published
                    ? articles.Where(article => article.Tags.Any(tagging => tagging.PublishedAt != null && slugs.Contains(tagging.Tag.Slug)))
                    : articles.Where(article => article.Tags.Any(tagging => slugs.Contains(tagging.Tag.Slug)));
            }
        }

        if (tags.NoneOf.Count > 0)
        {
            var excluded = tags.NoneOf;
            articles = articles.Where(article => !article.Tags.Any(tagging => excluded.Contains(tagging.Tag.Slug)));
        }

        return articles;
    }
}
