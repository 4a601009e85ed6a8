using System.ComponentModel;
using ContentApi.Data;
using ContentApi.Domain.Tags;
using ContentApi.Features.Articles;
using ContentApi.Features.Articles.Listing;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Caching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Tags;

/// <summary>A tag with the number of its published articles (drafts never count, whoever asks).</summary>
public sealed record TagResponse(Guid Id, string Slug, string Name, TagKind Kind, string Description, long ArticleCount);

/// <summary>Reading tags (countries, topics, groups, people): the list, one tag, and its articles.</summary>
public static class TagsEndpoints
{
    private const string SortKey = "tags:name";

    private static readonly IReadOnlyDictionary<string, TagKind> Kinds =
        Enum.GetValues<TagKind>().ToDictionary(kind => kind.ToString().ToLowerInvariant(), kind => kind, StringComparer.OrdinalIgnoreCase);

    public static IEndpointRouteBuilder MapTagReads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tags")
            .WithTags("Tags")
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy)
            .CacheContentReads();

        group.MapGet("/", ListTags)
            .WithName("ListTags")
            .WithSummary("Tags by name, with their published article counts; kind filters, q is a name prefix for pickers")
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status304NotModified);

        group.MapGet("/{idOrSlug}", GetTag)
            .WithName("GetTag")
            .WithSummary("One tag by id or slug, with its published article count")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status304NotModified);

        group.MapGet("/{idOrSlug}/articles", ListTagArticles)
            .WithName("ListTagArticles")
            .WithSummary("A tag's published articles (the tag page); takes every parameter of the article list")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status304NotModified);

        return app;
    }

    internal static async Task<Ok<PageResponse<TagResponse>>> ListTags(
        [Description("Tag kinds, comma = any of: country, topic, group, person.")] string? kind,
        [Description("Names starting with this (any word, accents and case ignored), ≤ 100 characters.")] string? q,
        [Description("Page size, 1–100 (default 100).")] string? limit,
        [Description("Opaque: meta.nextCursor of the previous page, with the same kind and q.")] string? cursor,
        ContentDbContext db,
        Cursor cursors,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        QueryValues.RejectUnknown(http, "kind", "q", "limit", "cursor");
        var kinds = QueryValues.List(kind, "kind", Kinds);
        var size = QueryValues.Integer(limit, "limit", 1, NameSearch.MaxLimit) ?? NameSearch.MaxLimit;
        var pattern = NameSearch.Pattern(q);
        var filterKey = $"kind={string.Join(",", kinds.Order())};q={pattern}";

        // The tags table is small (thousands): a name-ordered scan; (kind, name) is indexed for the kind filter.
        var tags = db.Tags.AsQueryable();
        if (kinds.Count > 0)
        {
            tags = tags.Where(tag => kinds.Contains(tag.Kind));
        }

        if (pattern is not null)
        {
            tags = tags.Where(tag => EF.Functions.ILike(EF.Functions.Unaccent(tag.Name), pattern)
                || EF.Functions.ILike(EF.Functions.Unaccent(tag.Name), "% " + pattern)
                || EF.Functions.ILike(tag.Slug, pattern));
        }

        if (!QueryValues.IsBlank(cursor))
        {
            var position = cursors.Decode(cursor!.Trim(), SortKey, filterKey);
            var name = position.Key;
            var after = position.Id;
            tags = tags.Where(tag => EF.Functions.GreaterThan(ValueTuple.Create(tag.Name, tag.Id), ValueTuple.Create(name, after)));
        }

        var rows = await tags.OrderBy(tag => tag.Name).ThenBy(tag => tag.Id)
            .Take(size + 1)
            .Select(Projection(db))
            .ToListAsync(cancellationToken);
        var next = NameSearch.NextCursor(rows, size, row => new CursorPosition(row.Name, row.Id), SortKey, filterKey, cursors, http);
        SurrogateKeys.Add(http, ["tags", .. rows.Select(row => $"tag:{row.Slug}")]);
        return TypedResults.Ok(new PageResponse<TagResponse>(rows, new PageMeta { Limit = size, NextCursor = next }));
    }

    internal static async Task<Results<Ok<TagResponse>, ProblemHttpResult>> GetTag(
        [Description("The tag's id (UUID) or slug.")] string idOrSlug,
        ContentDbContext db,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        QueryValues.RejectUnknown(http);
        var tag = await Matching(db, idOrSlug).Select(Projection(db)).FirstOrDefaultAsync(cancellationToken);
        if (tag is null)
        {
            return NotFound(idOrSlug);
        }

        SurrogateKeys.Add(http, $"tag:{tag.Slug}");
        return TypedResults.Ok(tag);
    }

    internal static async Task<Results<Ok<PageResponse<ArticleResponse>>, ProblemHttpResult>> ListTagArticles(
        [Description("The tag's id (UUID) or slug.")] string idOrSlug,
        [AsParameters] ArticleListParameters parameters,
        ArticleListing listing,
        ContentDbContext db,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var query = listing.Parse(parameters, http);
        var tag = await Matching(db, idOrSlug).Select(tag => new { tag.Id, tag.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (tag is null)
        {
            return NotFound(idOrSlug);
        }

        SurrogateKeys.Add(http, $"tag:{tag.Slug}");
        return TypedResults.Ok(await listing.ReadAsync(query, ArticleScope.OfTag(tag.Id), http, cancellationToken));
    }

    private static IQueryable<Tag> Matching(ContentDbContext db, string idOrSlug) => Guid.TryParse(idOrSlug, out var id)
        ? db.Tags.Where(tag => tag.Id == id)
        : Domain.Common.Slug.IsValid(idOrSlug) ? db.Tags.Where(tag => tag.Slug == idOrSlug) : db.Tags.Where(tag => false);

    /// <summary>The count reads ix_article_tags_tag_id_published_at_article_id (tag, publishedAt, article): published articles only.</summary>
    private static System.Linq.Expressions.Expression<Func<Tag, TagResponse>> Projection(ContentDbContext db) => tag =>
        new TagResponse(tag.Id, tag.Slug, tag.Name, tag.Kind, tag.Description,
            db.ArticleTags.LongCount(tagging => tagging.TagId == tag.Id && tagging.PublishedAt != null));

    private static ProblemHttpResult NotFound(string idOrSlug) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
        detail: $"No tag has the id or slug '{(idOrSlug.Length > 120 ? idOrSlug[..120] + "…" : idOrSlug)}'.");
}
