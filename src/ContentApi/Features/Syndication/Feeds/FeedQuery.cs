using ContentApi.Features.Articles.Listing;
using ContentApi.Infrastructure.Site;

namespace ContentApi.Features.Syndication.Feeds;

/// <summary>
/// A feed's filters are the article list's (type, the tag grammar, author, lang), parsed by the same rules and run by
/// the same SQL (<see cref="ArticleFilters"/>), so a tag feed is as fast as the tag's page.
/// </summary>
public static class FeedQuery
{
    public static ArticleListQuery Parse(string? type, string? tag, string? author, string? lang, SiteOptions site) => new()
    {
        Types = QueryValues.List(type, "type", QueryValues.ArticleTypes),
        Tags = QueryValues.IsBlank(tag) ? null : TagExpression.Parse(tag!, "tag"),
        Authors = ArticleListQuery.ParseAuthors(author),
        Language = ArticleListQuery.ParseLanguage(lang, site.SupportedLanguages),
    };

    /// <summary>The filters in words, for the feed's title: "type brief, tag peru, tag coca or coke, tag not opinion".</summary>
    public static string Describe(ArticleListQuery query)
    {
        var parts = new List<string>();
        if (query.Types.Count > 0)
        {
            parts.Add("type " + string.Join(" or ", query.Types.Select(type => type.ToString().ToLowerInvariant())));
        }

        parts.AddRange((query.Tags?.AllOf ?? []).Select(group => "tag " + string.Join(" or ", group)));
        parts.AddRange((query.Tags?.NoneOf ?? []).Select(slug => "tag not " + slug));
        if (query.Authors.Count > 0)
        {
            parts.Add("author " + string.Join(" or ", query.Authors));
        }

        if (query.Language is not null)
        {
            parts.Add("language " + query.Language);
        }

        return string.Join(", ", parts);
    }
}
