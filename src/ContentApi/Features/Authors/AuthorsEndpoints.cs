using System.ComponentModel;
using ContentApi.Data;
using ContentApi.Domain.Authors;
using ContentApi.Features.Articles;
using ContentApi.Features.Articles.Listing;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Caching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Authors;

/// <summary>An author with the number of their published articles (drafts never count, whoever asks).</summary>
public sealed record AuthorResponse(Guid Id, string Slug, string Name, string Bio, string Role, string? AvatarUrl, IReadOnlyList<AuthorLink> Links, long ArticleCount);

/// <summary>Reading authors: the list (by name, paged by cursor, prefix search), one author, and their articles.</summary>
public static class AuthorsEndpoints
{
    private const string SortKey = "authors:name";

    public static IEndpointRouteBuilder MapAuthorReads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/authors")
            .WithTags("Authors")
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy)
            .CacheContentReads();

        group.MapGet("/", ListAuthors)
            .WithName("ListAuthors")
            .WithSummary("Authors by name, with their published article counts; q is a name prefix for pickers")
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status304NotModified);

        group.MapGet("/{idOrSlug}", GetAuthor)
            .WithName("GetAuthor")
            .WithSummary("One author by id or slug, with their published article count")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status304NotModified);

        group.MapGet("/{idOrSlug}/articles", ListAuthorArticles)
            .WithName("ListAuthorArticles")
            .WithSummary("An author's published articles; takes every parameter of the article list")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status304NotModified);

        return app;
    }

    internal static async Task<Ok<PageResponse<AuthorResponse>>> ListAuthors(
        [Description("Names starting with this (any word, accents and case ignored), ≤ 100 characters.")] string? q,
        [Description("Page size, 1–100 (default 100).")] string? limit,
        [Description("Opaque: meta.nextCursor of the previous page, with the same q.")] string? cursor,
        ContentDbContext db,
        Cursor cursors,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        QueryValues.RejectUnknown(http, "q", "limit", "cursor");
        var size = QueryValues.Integer(limit, "limit", 1, NameSearch.MaxLimit) ?? NameSearch.MaxLimit;
        var pattern = NameSearch.Pattern(q);
        var filterKey = $"q={pattern}";

        var authors = db.Authors.AsQueryable();
        if (pattern is not null)
        {
            authors = authors.Where(author => EF.Functions.ILike(EF.Functions.Unaccent(author.Name), pattern)
                || EF.Functions.ILike(EF.Functions.Unaccent(author.Name), "% " + pattern));
        }

        if (!QueryValues.IsBlank(cursor))
        {
            var position = cursors.Decode(cursor!.Trim(), SortKey, filterKey);
            var name = position.Key;
            var after = position.Id;
            authors = authors.Where(author => EF.Functions.GreaterThan(ValueTuple.Create(author.Name, author.Id), ValueTuple.Create(name, after)));
        }

        var rows = await authors.OrderBy(author => author.Name).ThenBy(author => author.Id)
            .Take(size + 1)
            .Select(Projection(db))
            .ToListAsync(cancellationToken);
        var next = NameSearch.NextCursor(rows, size, row => new CursorPosition(row.Name, row.Id), SortKey, filterKey, cursors, http);
        SurrogateKeys.Add(http, ["authors", .. rows.Select(row => $"author:{row.Slug}")]);
        return TypedResults.Ok(new PageResponse<AuthorResponse>(rows, new PageMeta { Limit = size, NextCursor = next }));
    }

    internal static async Task<Results<Ok<AuthorResponse>, ProblemHttpResult>> GetAuthor(
        [Description("The author's id (UUID) or slug.")] string idOrSlug,
        ContentDbContext db,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        QueryValues.RejectUnknown(http);
        var author = await Matching(db, idOrSlug).Select(Projection(db)).FirstOrDefaultAsync(cancellationToken);
        if (author is null)
        {
            return NotFound(idOrSlug);
        }

        SurrogateKeys.Add(http, $"author:{author.Slug}");
        return TypedResults.Ok(author);
    }

    internal static async Task<Results<Ok<PageResponse<ArticleResponse>>, ProblemHttpResult>> ListAuthorArticles(
        [Description("The author's id (UUID) or slug.")] string idOrSlug,
        [AsParameters] ArticleListParameters parameters,
        ArticleListing listing,
        ContentDbContext db,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var query = listing.Parse(parameters, http);
        var author = await Matching(db, idOrSlug).Select(author => new { author.Id, author.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (author is null)
        {
            return NotFound(idOrSlug);
        }

        SurrogateKeys.Add(http, $"author:{author.Slug}");
        return TypedResults.Ok(await listing.ReadAsync(query, ArticleScope.OfAuthor(author.Id), http, cancellationToken));
    }

    private static IQueryable<Author> Matching(ContentDbContext db, string idOrSlug) => Guid.TryParse(idOrSlug, out var id)
        ? db.Authors.Where(author => author.Id == id)
        : Domain.Common.Slug.IsValid(idOrSlug) ? db.Authors.Where(author => author.Slug == idOrSlug) : db.Authors.Where(author => false);

    /// <summary>The count reads ix_article_authors_author_id_published_at_article_id (author, publishedAt, article): published bylines only.</summary>
    private static System.Linq.Expressions.Expression<Func<Author, AuthorResponse>> Projection(ContentDbContext db) => author =>
        new AuthorResponse(author.Id, author.Slug, author.Name, author.Bio, author.Role, author.AvatarUrl, author.Links,
            db.ArticleAuthors.LongCount(byline => byline.AuthorId == author.Id && byline.PublishedAt != null));

    private static ProblemHttpResult NotFound(string idOrSlug) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
        detail: $"No author has the id or slug '{(idOrSlug.Length > 120 ? idOrSlug[..120] + "…" : idOrSlug)}'.");
}
