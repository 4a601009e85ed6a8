using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Features.Articles.Listing;

/// <summary>
/// The query string of every article list, bound as text so that each bad value is a 400 that names its parameter
/// and says what it accepts (see <see cref="ArticleListQuery.Parse"/>).
/// </summary>
public sealed record ArticleListParameters
{
    /// <summary>Every parameter name a list accepts; anything else is a 400, so a typo never silently widens a query.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "type", "tag", "author", "lang", "from", "to", "q", "sort", "limit", "cursor", "page", "include", "facets", "status",
    };

    [FromQuery(Name = "type"), Description("Article types, comma = any of: brief, news, analysis, investigation, report, organization.")]
    public string? Type { get; init; }

    [FromQuery(Name = "tag"), Description("Tag slugs: 'a,b' = a and b, 'a|b' = a or b, '-a' = not a; 'peru,cocaine|coca' = peru and (cocaine or coca). At most 20 slugs.")]
    public string? Tag { get; init; }

    [FromQuery(Name = "author"), Description("Author slugs, comma = any of.")]
    public string? Author { get; init; }

    [FromQuery(Name = "lang"), Description("Language code, e.g. en or es.")]
    public string? Lang { get; init; }

    [FromQuery(Name = "from"), Description("Published on or after: a date (2012-10-10) or an ISO-8601 date-time (2012-10-10T14:05:00Z).")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("Published on or before (a date includes that whole day, UTC): a date or an ISO-8601 date-time.")]
    public string? To { get; init; }

    [FromQuery(Name = "q"), Description("Full-text search (≤ 200 characters) over title, summary and body in each article's language: \"quoted phrases\", or, -word.")]
    public string? Q { get; init; }

    [FromQuery(Name = "sort"), Description("-publishedAt (default), publishedAt, -updatedAt, relevance (default when q is given: the newest 200 matches, those matching in the title first, then in the summary, then in the body, newest first within each; older matches follow, newest first).")]
    public string? Sort { get; init; }

    [FromQuery(Name = "limit"), Description("Page size, 1–100 (default 20).")]
    public string? Limit { get; init; }

    [FromQuery(Name = "cursor"), Description("Opaque: meta.nextCursor of the previous page, with the same filters and sort.")]
    public string? Cursor { get; init; }

    [FromQuery(Name = "page"), Description("1-based page number for 'page N of M' sites; adds meta.total and meta.pages. Not with cursor.")]
    public string? Page { get; init; }

    [FromQuery(Name = "include"), Description("Comma list: body, relatedLinks.")]
    public string? Include { get; init; }

    [FromQuery(Name = "facets"), Description("Comma list of tag, author, type, language: counts over the whole filtered set in meta.facets.")]
    public string? Facets { get; init; }

    [FromQuery(Name = "status"), Description("Editors only: comma list of draft, scheduled, published (default published). Lists with unpublished articles sort by -updatedAt.")]
    public string? Status { get; init; }
}
