using System.ComponentModel;
using ContentApi.Data;
using ContentApi.Domain.Authors;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Authors;

public sealed record AuthorResponse(Guid Id, string Slug, string Name, string Bio, string Role, string? AvatarUrl, IReadOnlyList<AuthorLink> Links, long ArticleCount);

/// <summary>Reading authors, each with the number of their published articles.</summary>
public static class AuthorsEndpoints
{
    public static IEndpointRouteBuilder MapAuthorReads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/authors")
            .WithTags("Authors")
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy);

        group.MapGet("/", ListAuthors)
            .WithName("ListAuthors")
            .WithSummary("Authors by name, with their published article counts")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        return app;
    }

    internal static async Task<Ok<List<AuthorResponse>>> ListAuthors(
        [Description("At most this many, 1–100 (default 100).")] int? limit,
        ContentDbContext db,
        CancellationToken cancellationToken)
    {
        var size = limit ?? 100;
        if (size is < 1 or > 100)
        {
            throw new ValidationProblemException("limit", "limit must be a whole number from 1 to 100.");
        }

        var authors = await db.Authors
            .OrderBy(author => author.Name).ThenBy(author => author.Id)
            .Take(size)
            .Select(author => new AuthorResponse(author.Id, author.Slug, author.Name, author.Bio, author.Role, author.AvatarUrl, author.Links,
                db.ArticleAuthors.LongCount(byline => byline.AuthorId == author.Id && byline.PublishedAt != null)))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(authors);
    }
}
