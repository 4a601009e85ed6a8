using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Caching;
using ContentApi.Infrastructure.Site;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Articles.Listing;

/// <summary>
/// Runs a list request — the article list, an author's page, a tag's page: one statement for the page (cards with
/// their authors, tags and translations, projected in SQL), plus the cached total and facets when asked for.
/// </summary>
public sealed class ArticleListing(
    ContentDbContext db, ArticleCounts counts, FilterIdResolver filterIds, Cursor cursors, IOptions<SiteOptions> site, IOptions<DeliveryOptions> delivery, TimeProvider clock)
{
    public ArticleListQuery Parse(ArticleListParameters parameters, HttpContext http) =>
        ArticleListQuery.Parse(parameters, http, http.IsEditor(), site.Value.SupportedLanguages);

    public async Task<PageResponse<ArticleResponse>> ReadAsync(ArticleListQuery query, ArticleScope scope, HttpContext http, CancellationToken cancellationToken)
    {
        var editor = http.IsEditor();
        var languages = site.Value.SupportedLanguages;
        var filterKey = query.FilterKey(scope.Key);
        var sortKey = "articles:" + query.SortName;

        var position = query.Cursor is { } cursor ? cursors.Decode(cursor, sortKey, filterKey) : null;
        var ids = await filterIds.ResolveAsync(db, query, cancellationToken);
        if (!ids.Matches)
        {
            return Empty(query, http);
        }

        // One more than a page tells whether there is a next one without counting.
        var skip = query.Page is { } page ? (page - 1) * query.Limit : 0;
        var articles = ArticleFilters.PlannedWithValues(db.Articles.Filter(query, ids, scope, languages), query, ids, scope);

        var projection = ArticleProjection.Row(db, editor, query.IncludeBody, query.IncludeRelatedLinks);
        List<ArticleRow> rows;
        Func<ArticleRow, CursorPosition> positionOf;
        if (query.Sort == ArticleSort.Relevance)
        {
            var relevancePosition = position is null ? null : RelevancePosition.Parse(position);
            var asOf = relevancePosition?.AsOf ?? clock.GetUtcNow().UtcDateTime;
            rows = await ArticleRelevance.ReadAsync(articles, projection, query, languages, relevancePosition, asOf, skip, query.Limit + 1, ids.WalkIndex, cancellationToken);
            positionOf = row => ArticleRelevance.PositionOf(row, query.PublishedOnly, asOf);
        }
        else
        {
            // The public front page (newest of everything, first page, cards) runs precompiled: see CompiledReads.
            var frontPage = !editor && position is null && skip == 0 && query.Sort == ArticleSort.PublishedAtDescending
                && query.SelectsAllPublished(scope) && !query.IncludeBody && !query.IncludeRelatedLinks;
            var sqlRows = frontPage
                ? await CompiledReads.Newest(db, query.Limit + 1).ToListAsync(cancellationToken)
                : await (position is null ? articles : articles.After(query.Sort, position))
                    .OrderBy(query.Sort, ids.WalkIndex).Skip(skip).Take(query.Limit + 1)
                    .Select(projection).ToListAsync(cancellationToken);
            rows = sqlRows.ConvertAll(row => row.ToArticleRow());
            positionOf = row => ArticleOrdering.PositionOf(row, query.Sort);
        }

        var hasMore = rows.Count > query.Limit;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var nextCursor = hasMore ? cursors.Encode(sortKey, filterKey, positionOf(rows[^1])) : null;

        // A search counts at most Delivery:SearchTotalLimit matches (see DeliveryOptions.SearchTotalLimit): past it the
        // total says "at least", and the facets count the newest that many matches, whose counts are lower bounds too.
        int? upTo = query.Search is null ? null : delivery.Value.SearchTotalLimit;
        var needsTotal = query.Page is not null || (upTo is not null && query.Facets.Count > 0);
        long? counted = needsTotal
            ? await counts.TotalAsync(filterKey, context => context.Articles.Filter(query, ids, scope, languages), upTo, cancellationToken)
            : null;
        var overLimit = counted > upTo;

        long? total = null;
        long? pages = null;
        if (query.Page is not null)
        {
            total = overLimit ? upTo : counted;
            pages = (total + query.Limit - 1) / query.Limit;
        }

        var facets = query.Facets.Count > 0
            ? await counts.FacetsAsync(filterKey, query.Facets, FacetScopeOf(query, scope), context =>
            {
                var matches = context.Articles.Filter(query, ids, scope, languages);
                return overLimit ? NewestOf(matches, query, upTo!.Value) : matches;
            }, sample: overLimit, cancellationToken)
            : null;

        var data = rows.Select(row => row.ToResponse(site.Value)).ToList();
        SurrogateKeys.Add(http, SurrogateKeys.Articles);
        ArticleSurrogateKeys.AddFor(http, data);
        SurrogateKeys.Add(http, [.. query.Authors.Select(slug => $"author:{slug}"), .. (query.Tags?.AllOf.SelectMany(group => group) ?? []).Select(slug => $"tag:{slug}")]);

        if (hasMore)
        {
            AddNextLink(http, query.Page is { } current ? ("page", (current + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) : ("cursor", nextCursor!));
        }

        return new PageResponse<ArticleResponse>(data, new PageMeta
        {
            Limit = query.Limit,
            NextCursor = nextCursor,
            Page = query.Page,
            Total = total,
            Pages = pages,
            TotalIsLowerBound = overLimit && query.Page is not null ? true : null,
            Facets = facets,
            FacetsAreLowerBounds = overLimit && facets is not null ? true : null,
        });
    }

    /// <summary>The answer when a filter names only tags or authors that do not exist: nothing, without asking the database.</summary>
    private static PageResponse<ArticleResponse> Empty(ArticleListQuery query, HttpContext http)
    {
        SurrogateKeys.Add(http, SurrogateKeys.Articles);
        return new PageResponse<ArticleResponse>([], new PageMeta
        {
            Limit = query.Limit,
            NextCursor = null,
            Page = query.Page,
            Total = query.Page is null ? null : 0,
            Pages = query.Page is null ? null : 0,
            Facets = query.Facets.Count > 0 ? query.Facets.ToDictionary(facet => facet, _ => (IReadOnlyList<FacetCount>)[]) : null,
        });
    }

    /// <summary>The newest <paramref name="count"/> of <paramref name="matches"/>, in the list's own order of recency.</summary>
    private static IQueryable<Article> NewestOf(IQueryable<Article> matches, ArticleListQuery query, int count) =>
        matches.OrderBy(query.PublishedOnly ? ArticleSort.PublishedAtDescending : ArticleSort.UpdatedAtDescending).Take(count);

    private static FacetScope FacetScopeOf(ArticleListQuery query, ArticleScope scope) =>
        !query.PublishedOnly ? FacetScope.Any : query.SelectsAllPublished(scope) ? FacetScope.AllPublished : FacetScope.FilteredPublished;

    /// <summary>RFC 8288 <c>Link: &lt;…&gt;; rel="next"</c>: this request with only the paging parameter changed.</summary>
    public static void AddNextLink(HttpContext http, (string Name, string Value) paging)
    {
        var parameters = http.Request.Query
            .Where(pair => !string.Equals(pair.Key, paging.Name, StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)))
            .Append(new KeyValuePair<string, string?>(paging.Name, paging.Value));
        var url = QueryHelpers.AddQueryString(http.Request.PathBase + http.Request.Path, parameters);
        http.Response.Headers.Append("Link", $"<{url}>; rel=\"next\"");
    }
}
