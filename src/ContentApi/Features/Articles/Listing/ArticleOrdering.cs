using System.Globalization;
using ContentApi.Domain.Articles;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Listing;

/// <summary>
/// Sorting and keyset paging. Every sort ends on the id, so the order is total and a cursor names one exact place.
/// The "after" condition is a row comparison, <c>(published_at, id) &lt; (@key, @id)</c>, which PostgreSQL answers
/// by seeking the sort's index (ix_articles_published_at_id, ix_articles_updated_at_id …): page 5,000 costs
/// what page 1 costs. Articles published meanwhile only ever land before the cursor (or, back-dated, at their place
/// in the order), so a walk never repeats an item nor skips one that existed when it started.
/// </summary>
public static class ArticleOrdering
{
    /// <param name="articles">The filtered articles.</param>
    /// <param name="sort">The order (not <see cref="ArticleSort.Relevance"/>: see <see cref="ArticleRelevance"/>).</param>
    /// <param name="walkIndex">
    /// False orders by an expression (<c>published_at + interval '0'</c>) that no index provides, so PostgreSQL
    /// reads the few filtered rows and sorts them instead of walking the whole index (see <see cref="FilterIds.WalkIndex"/>).
    /// </param>
    public static IQueryable<Article> OrderBy(this IQueryable<Article> articles, ArticleSort sort, bool walkIndex = true) =>
        walkIndex ? OrderByIndex(articles, sort) : sort switch
        {
            ArticleSort.PublishedAtAscending => articles.OrderBy(article => article.PublishedAt + TimeSpan.Zero).ThenBy(article => article.Id),
            ArticleSort.UpdatedAtDescending => articles.OrderByDescending(article => article.UpdatedAt + TimeSpan.Zero).ThenByDescending(article => article.Id),
            _ => articles.OrderByDescending(article => article.PublishedAt + TimeSpan.Zero).ThenByDescending(article => article.Id),
        };

    private static IQueryable<Article> OrderByIndex(IQueryable<Article> articles, ArticleSort sort) => sort switch
    {
        ArticleSort.PublishedAtAscending => articles.OrderBy(article => article.PublishedAt).ThenBy(article => article.Id),
        ArticleSort.UpdatedAtDescending => articles.OrderByDescending(article => article.UpdatedAt).ThenByDescending(article => article.Id),
        _ => articles.OrderByDescending(article => article.PublishedAt).ThenByDescending(article => article.Id),
    };

    /// <summary>Only the articles after <paramref name="position"/> in the order of <paramref name="sort"/>.</summary>
    public static IQueryable<Article> After(this IQueryable<Article> articles, ArticleSort sort, CursorPosition position)
    {
        var id = position.Id;
        switch (sort)
        {
            case ArticleSort.UpdatedAtDescending:
                var updatedAt = Moment(position.Key);
                return articles.Where(article => EF.Functions.LessThan(ValueTuple.Create(article.UpdatedAt, article.Id), ValueTuple.Create(updatedAt, id)));
            case ArticleSort.PublishedAtAscending:
                DateTime? after = Moment(position.Key);
                return articles.Where(article => EF.Functions.GreaterThan(ValueTuple.Create(article.PublishedAt, article.Id), ValueTuple.Create(after, id)));
            default:
                DateTime? before = Moment(position.Key);
                return articles.Where(article => EF.Functions.LessThan(ValueTuple.Create(article.PublishedAt, article.Id), ValueTuple.Create(before, id)));
        }
    }

    /// <summary>The cursor position of a row in the order of <paramref name="sort"/> (not relevance: see <see cref="ArticleRelevance"/>).</summary>
    public static CursorPosition PositionOf(ArticleRow row, ArticleSort sort) => sort switch
    {
        ArticleSort.UpdatedAtDescending => new CursorPosition(row.UpdatedAt.Ticks.ToString(CultureInfo.InvariantCulture), row.Id),
        _ => new CursorPosition((row.PublishedAt ?? DateTime.MinValue).Ticks.ToString(CultureInfo.InvariantCulture), row.Id),
    };

    /// <summary>A cursor's time key; its HMAC already vouched for it, so a failure here is our bug, not the caller's.</summary>
    private static DateTime Moment(string ticks) =>
        new(long.Parse(ticks, NumberStyles.None, CultureInfo.InvariantCulture), DateTimeKind.Utc);

}
