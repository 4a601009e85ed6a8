using System.Globalization;
using System.Linq.Expressions;
using ContentApi.Domain.Articles;
using ContentApi.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles.Listing;

/// <summary>
/// <c>sort=relevance</c>. Ranking every match reads each one's whole search vector: ts_rank over a word found in half
/// of a million articles took 5.8 s. News readers want recent stories first anyway, so relevance ranks the newest
/// <see cref="Ranked"/> matches — title matches, then summary, then body (<see cref="ArticleSearch.Tier"/>), newest
/// first within each — and the older matches follow, newest first. Both parts read the matches newest first (a walk
/// of ix_articles_published_at_id, or a bitmap of ix_articles_search_vector for a rare word) and stop after a page.
/// A cursor carries the moment of the first page, so the ranked set stays put while a reader pages through it;
/// what is published meanwhile shows on a fresh search. At most two statements: the transition page needs both parts.
/// </summary>
public static class ArticleRelevance
{
    public const int Ranked = 200;

    /// <summary>
    /// Up to <paramref name="take"/> rows of <paramref name="matches"/> in relevance order, after <paramref name="position"/>,
    /// among the matches published (or, with drafts, updated) by <paramref name="asOf"/>.
    /// </summary>
    public static async Task<List<ArticleRow>> ReadAsync(
        IQueryable<Article> matches,
        Expression<Func<Article, ArticleSqlRow>> projection,
        ArticleListQuery query,
        IReadOnlyList<string> languages,
        RelevancePosition? position,
        DateTime asOf,
        int skip,
        int take,
        bool walkIndex,
        CancellationToken cancellationToken)
    {
        var sort = query.PublishedOnly ? ArticleSort.PublishedAtDescending : ArticleSort.UpdatedAtDescending;
        matches = query.PublishedOnly ? matches.Where(article => article.PublishedAt <= asOf) : matches.Where(article => article.UpdatedAt <= asOf);
        var newest = matches.OrderBy(sort, walkIndex).Take(Ranked);
        var tier = ArticleSearch.Tier(query.Search!, languages);

        var rows = new List<ArticleSqlRow>();
        if (position is null or { Tier: not null })
        {
            var ranked = position is { Tier: { } afterTier } ? newest.Where(AfterInRanking(tier, query.PublishedOnly, afterTier, position.Within)) : newest;
            var ordered = ranked.OrderBy(tier);
            ordered = query.PublishedOnly ? ordered.ThenByDescending(article => article.PublishedAt) : ordered.ThenByDescending(article => article.UpdatedAt);
            rows = await ordered.ThenByDescending(article => article.Id).Skip(skip).Take(take)
                .Select(ArticleProjection.WithSearchTier(projection, tier)).ToListAsync(cancellationToken);

            // A first page that did not fill up holds every match: there are no older ones.
            if (rows.Count == take || (position is null && skip + rows.Count < Ranked))
            {
                return rows.ConvertAll(row => row.ToArticleRow());
            }
        }

        var older = matches.Where(article => !newest.Select(ranked => ranked.Id).Contains(article.Id));
        if (position is { Tier: null })
        {
            older = older.After(sort, position.Within);
        }

        rows.AddRange(await older.OrderBy(sort, walkIndex).Skip(Math.Max(0, skip - Ranked)).Take(take - rows.Count)
            .Select(projection).ToListAsync(cancellationToken));
        return rows.ConvertAll(row => row.ToArticleRow());
    }

    /// <summary>Where a page in relevance order ended; see <see cref="RelevancePosition"/>.</summary>
    public static CursorPosition PositionOf(ArticleRow row, bool publishedOnly, DateTime asOf)
    {
        var key = (publishedOnly ? row.PublishedAt ?? DateTime.MinValue : row.UpdatedAt).Ticks.ToString(CultureInfo.InvariantCulture);
        var tier = row.SearchTier?.ToString(CultureInfo.InvariantCulture) ?? "-";
        return new CursorPosition($"{asOf.Ticks.ToString(CultureInfo.InvariantCulture)}:{tier}:{key}", row.Id);
    }

    /// <summary>After (tier, key, id) in the ranking: a later tier, or the same tier and older.</summary>
    private static Expression<Func<Article, bool>> AfterInRanking(Expression<Func<Article, int>> tier, bool publishedOnly, int afterTier, CursorPosition within)
    {
        var moment = new DateTime(long.Parse(within.Key, NumberStyles.None, CultureInfo.InvariantCulture), DateTimeKind.Utc);
        DateTime? published = moment;
        var id = within.Id;
        // Spelled out, not as a row comparison: EF Core cannot type a row value inside the ranked subquery.
        Expression<Func<Article, bool>> older = publishedOnly
            ? article => article.PublishedAt < published || (article.PublishedAt == published && article.Id.CompareTo(id) < 0)
            : article => article.UpdatedAt < moment || (article.UpdatedAt == moment && article.Id.CompareTo(id) < 0);
        var article = tier.Parameters[0];
        var olderBody = new ParameterReplacer(older.Parameters[0], article).Visit(older.Body);
        var body = Expression.OrElse(
            Expression.GreaterThan(tier.Body, Expression.Constant(afterTier)),
            Expression.AndAlso(Expression.Equal(tier.Body, Expression.Constant(afterTier)), olderBody));
        return Expression.Lambda<Func<Article, bool>>(body, article);
    }
}

/// <summary>
/// A relevance cursor's key, "asOf:tier:key": the moment of the first page, the tier the page ended in ("-" once in
/// the older matches) and the date of its last item (<see cref="Within"/>, with its id).
/// </summary>
public sealed record RelevancePosition(DateTime AsOf, int? Tier, CursorPosition Within)
{
    public static RelevancePosition Parse(CursorPosition position)
    {
        // Signed by us, but possibly by a version that ranked differently (a float score): that is a stale cursor.
        var parts = position.Key.Split(':');
        if (parts.Length == 3
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var asOf) && asOf <= DateTime.MaxValue.Ticks
            && (parts[1] == "-" || int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var key) && key <= DateTime.MaxValue.Ticks)
        {
            int? tier = parts[1] == "-" ? null : int.Parse(parts[1], CultureInfo.InvariantCulture);
            return new RelevancePosition(new DateTime(asOf, DateTimeKind.Utc), tier, position with { Key = parts[2] });
        }

        throw new ValidationProblemException("cursor", "This cursor is from an older version of the search order: leave cursor out to start again from the first page.");
    }
}
