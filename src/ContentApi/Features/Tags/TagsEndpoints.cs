using System.ComponentModel;
using ContentApi.Data;
using ContentApi.Domain.Tags;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Tags;

public sealed record TagResponse(Guid Id, string Slug, string Name, TagKind Kind, string Description, long ArticleCount);

/// <summary>Reading tags (countries, topics, groups, people), each with the number of its published articles.</summary>
public static class TagsEndpoints
{
    public static IEndpointRouteBuilder MapTagReads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tags")
            .WithTags("Tags")
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy);

        group.MapGet("/", ListTags)
            .WithName("ListTags")
            .WithSummary("Tags by name, with their published article counts")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        return app;
    }

    internal static async Task<Ok<List<TagResponse>>> ListTags(
        [Description("At most this many, 1–100 (default 100).")] int? limit,
        ContentDbContext db,
        CancellationToken cancellationToken)
    {
        var size = limit ?? 100;
        if (size is < 1 or > 100)
        {
            throw new ValidationProblemException("limit", "limit must be a whole number from 1 to 100.");
        }

        var tags = await db.Tags
            .OrderBy(tag => tag.Name).ThenBy(tag => tag.Id)
            .Take(size)
            .Select(tag => new TagResponse(tag.Id, tag.Slug, tag.Name, tag.Kind, tag.Description,
                db.ArticleTags.LongCount(tagging => tagging.TagId == tag.Id && tagging.PublishedAt != null)))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(tags);
    }
}
