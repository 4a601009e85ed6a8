using ContentApi.Domain.Articles;
using ContentApi.Infrastructure.Errors;

namespace ContentApi.Features.Articles.Listing;

public enum ArticleSort
{
    PublishedAtDescending,
    PublishedAtAscending,
    UpdatedAtDescending,
    Relevance,
}

/// <summary>A list request after validation: every value typed, every default applied.</summary>
public sealed record ArticleListQuery
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
    public const int MaxQueryLength = 200;
    public const int MaxPage = 1_000_000;
    public const int MaxAuthors = 20;

    public IReadOnlyList<ArticleType> Types { get; init; } = [];
    public TagExpression? Tags { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? Language { get; init; }
    public DateTime? From { get; init; }

    /// <summary>Inclusive; a date-only <c>to</c> becomes the last instant of that day.</summary>
    public DateTime? To { get; init; }

    public string? Search { get; init; }
    public ArticleSort Sort { get; init; } = ArticleSort.PublishedAtDescending;
    public int Limit { get; init; } = DefaultLimit;
    public string? Cursor { get; init; }
    public int? Page { get; init; }
    public bool IncludeBody { get; init; }
    public bool IncludeRelatedLinks { get; init; }
    public IReadOnlyList<string> Facets { get; init; } = [];

    /// <summary>Published only, unless an editor asks for more.</summary>
    public IReadOnlyList<ArticleStatus> Statuses { get; init; } = [ArticleStatus.Published];

    public bool PublishedOnly => Statuses is [ArticleStatus.Published];

    /// <summary>Every published article: counts can then read the tag and author indexes alone, without the articles.</summary>
    public bool SelectsAllPublished(ArticleScope scope) => PublishedOnly && scope.AuthorId is null && scope.TagId is null
        && Types.Count == 0 && Tags is null && Authors.Count == 0 && Language is null && From is null && To is null && Search is null;

    public string SortName => Sort switch
    {
        ArticleSort.PublishedAtAscending => "publishedAt",
        ArticleSort.UpdatedAtDescending => "-updatedAt",
        ArticleSort.Relevance => "relevance",
        _ => "-publishedAt",
    };

    /// <summary>
    /// The filters in one canonical spelling (not sort, limit, paging, include or facets): cursors are bound to it and
    /// cached totals and facets are keyed by it. <paramref name="scope"/> is the author or tag a page belongs to.
    /// </summary>
    public string FilterKey(string scope) => string.Join(";",
        scope,
        "type=" + string.Join(",", Types.Order()),
        "tag=" + Tags?.Normalized,
        "author=" + string.Join(",", Authors.Order(StringComparer.Ordinal)),
        "lang=" + Language,
        "from=" + From?.Ticks,
        "to=" + To?.Ticks,
        "status=" + string.Join(",", Statuses.Order()),
        "q=" + Search);

    /// <summary>Reads and checks every parameter; the first bad one is a 400 naming it and what it accepts.</summary>
    public static ArticleListQuery Parse(ArticleListParameters parameters, HttpContext http, bool editor, IReadOnlyList<string> languages)
    {
        QueryValues.RejectUnknown(http, ArticleListParameters.Names);
        var search = ParseSearch(parameters.Q);
        var statuses = ParseStatuses(parameters.Status, editor);
        var query = new ArticleListQuery
        {
            Types = QueryValues.List(parameters.Type, "type", QueryValues.ArticleTypes),
            Tags = QueryValues.IsBlank(parameters.Tag) ? null : TagExpression.Parse(parameters.Tag!, "tag"),
            Authors = ParseAuthors(parameters.Author),
            Language = ParseLanguage(parameters.Lang, languages),
            From = QueryValues.Date(parameters.From, "from", endOfDay: false),
            To = QueryValues.Date(parameters.To, "to", endOfDay: true),
            Search = search,
            Statuses = statuses,
            Sort = ParseSort(parameters.Sort, search is not null, statuses),
            Limit = QueryValues.Integer(parameters.Limit, "limit", 1, MaxLimit) ?? DefaultLimit,
            Cursor = QueryValues.IsBlank(parameters.Cursor) ? null : parameters.Cursor!.Trim(),
            Page = QueryValues.Integer(parameters.Page, "page", 1, MaxPage),
            Facets = QueryValues.List(parameters.Facets, "facets", FacetNames),
        };

        var include = QueryValues.List(parameters.Include, "include", IncludeNames);
        query = query with { IncludeBody = include.Contains("body"), IncludeRelatedLinks = include.Contains("relatedLinks") };

        if (query.From > query.To)
        {
            throw new ValidationProblemException("from", "from is after to: nothing can be published in that range.");
        }

        if (query.Cursor is not null && query.Page is not null)
        {
            throw new ValidationProblemException("page", "Use either page (offset paging) or cursor (keyset paging), not both.");
        }

        return query;
    }

    public static readonly IReadOnlyDictionary<string, string> FacetNames = Names("tag", "author", "type", "language");

    private static readonly IReadOnlyDictionary<string, string> IncludeNames = Names("body", "relatedLinks");

    private static readonly IReadOnlyDictionary<string, ArticleStatus> StatusNames = new Dictionary<string, ArticleStatus>(StringComparer.OrdinalIgnoreCase)
    {
        ["draft"] = ArticleStatus.Draft,
        ["scheduled"] = ArticleStatus.Scheduled,
        ["published"] = ArticleStatus.Published,
    };

    private static Dictionary<string, string> Names(params string[] names) =>
        names.ToDictionary(name => name, name => name, StringComparer.OrdinalIgnoreCase);

    private static string? ParseSearch(string? value)
    {
        if (QueryValues.IsBlank(value))
        {
            return null;
        }

        if (value!.Length > MaxQueryLength)
        {
            throw new ValidationProblemException("q", $"q is at most {MaxQueryLength} characters (this one has {value.Length}).");
        }

        // Control characters (a NUL above all) can't travel to PostgreSQL; as separators they mean nothing else.
        var text = new string([.. value.Select(character => char.IsControl(character) ? ' ' : character)]).Trim();
        return text.Length == 0 ? null : text;
    }

    internal static List<string> ParseAuthors(string? value)
    {
        if (QueryValues.IsBlank(value))
        {
            return [];
        }

        var slugs = value!.Split(',').Select(term => TagExpression.Slug(term.Trim(), "author")).Distinct().ToList();
        return slugs.Count <= MaxAuthors
            ? slugs
            : throw new ValidationProblemException("author", $"At most {MaxAuthors} author slugs (this filter has {slugs.Count}).");
    }

    internal static string? ParseLanguage(string? value, IReadOnlyList<string> languages)
    {
        if (QueryValues.IsBlank(value))
        {
            return null;
        }

        var language = value!.Trim().ToLowerInvariant();
        return languages.Contains(language)
            ? language
            : throw new ValidationProblemException("lang", $"lang is one of: {string.Join(", ", languages)}.");
    }

    private static IReadOnlyList<ArticleStatus> ParseStatuses(string? value, bool editor)
    {
        if (QueryValues.IsBlank(value))
        {
            return [ArticleStatus.Published];
        }

        var statuses = QueryValues.List(value, "status", StatusNames);
        if (!editor && statuses.Any(status => status != ArticleStatus.Published))
        {
            throw new ValidationProblemException("status", "Only an editor or admin key may list unpublished articles; without one, leave status out.");
        }

        return statuses;
    }

    private static ArticleSort ParseSort(string? value, bool searching, IReadOnlyList<ArticleStatus> statuses)
    {
        var unpublished = statuses.Any(status => status != ArticleStatus.Published);
        if (QueryValues.IsBlank(value))
        {
            return searching ? ArticleSort.Relevance : unpublished ? ArticleSort.UpdatedAtDescending : ArticleSort.PublishedAtDescending;
        }

        var sort = value!.Trim() switch
        {
            "-publishedAt" => ArticleSort.PublishedAtDescending,
            "publishedAt" => ArticleSort.PublishedAtAscending,
            "-updatedAt" => ArticleSort.UpdatedAtDescending,
            "relevance" => ArticleSort.Relevance,
            _ => throw new ValidationProblemException("sort", $"'{value}' is not a sort. Use one of: -publishedAt, publishedAt, -updatedAt, relevance."),
        };

        if (sort == ArticleSort.Relevance && !searching)
        {
            throw new ValidationProblemException("sort", "sort=relevance needs a search: add q.");
        }

        if (unpublished && sort is ArticleSort.PublishedAtAscending or ArticleSort.PublishedAtDescending)
        {
            throw new ValidationProblemException("sort", "Drafts and scheduled articles have no publish date: sort them by -updatedAt (or relevance with q).");
        }

        return sort;
    }
}
