using System.ComponentModel;
using System.Text.Json;
using ContentApi.Data;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Errors;
using ContentApi.Infrastructure.Mapping;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

/// <summary>An article's history: every saved version, who saved it and when.</summary>
public static class RevisionEndpoints
{
    public static IEndpointRouteBuilder MapRevisions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/articles/{id}/revisions")
            .WithTags("Articles")
            .RequireAuthorization(ApiKeyDefaults.EditorPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", ListRevisions)
            .WithName("ListRevisions")
            .WithSummary("Every saved version of an article, newest first (without the content)");

        group.MapGet("/{number}", GetRevision)
            .WithName("GetRevision")
            .WithSummary("One saved version with the article's editable state as it was saved");

        return app;
    }

    internal static async Task<Ok<List<RevisionSummaryResponse>>> ListRevisions(
        [Description("The article's id.")] Guid id,
        ContentDbContext db,
        CancellationToken cancellationToken)
    {
        var revisions = await db.Revisions
            .Where(revision => revision.ArticleId == id)
            .OrderByDescending(revision => revision.Number)
            .ProjectToType<RevisionSummaryResponse>(MappingSetup.Config)
            .ToListAsync(cancellationToken);
        if (revisions.Count == 0 && !await db.Articles.AnyAsync(article => article.Id == id, cancellationToken))
        {
            throw ProblemException.NotFound($"No article has the id {id}.");
        }

        return TypedResults.Ok(revisions);
    }

    internal static async Task<Ok<RevisionResponse>> GetRevision(
        [Description("The article's id.")] Guid id,
        [Description("The revision's number, from 1.")] int number,
        ContentDbContext db,
        CancellationToken cancellationToken)
    {
        var revision = await db.Revisions.FirstOrDefaultAsync(r => r.ArticleId == id && r.Number == number, cancellationToken)
            ?? throw ProblemException.NotFound($"Article {id} has no revision {number}.");
        using var snapshot = JsonDocument.Parse(revision.Snapshot);
        return TypedResults.Ok(new RevisionResponse(
            revision.Number, revision.SavedAt, new RevisionAuthorResponse(revision.SavedByKeyId, revision.SavedBy), snapshot.RootElement.Clone()));
    }
}
