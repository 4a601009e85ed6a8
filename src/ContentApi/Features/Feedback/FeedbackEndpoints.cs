using System.ComponentModel;
using ContentApi.Data;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Feedback;

/// <summary>A reader's answer to "Was this content helpful?".</summary>
/// <param name="Helpful" example="true">true: helpful; false: not helpful.</param>
public sealed record FeedbackRequest(bool Helpful);

/// <summary>The answers so far; <c>helpfulShare</c> is null until someone answered.</summary>
public sealed record FeedbackResponse(Guid ArticleId, long Helpful, long NotHelpful, long Total, double? HelpfulShare, DateTime? LastAt);

/// <summary>Readers' feedback on articles: anonymous answers in, counts out for editors.</summary>
public static class FeedbackEndpoints
{
    public static IEndpointRouteBuilder MapFeedback(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/articles").WithTags("Feedback");

        group.MapPost("/{idOrSlug}/feedback", PostFeedback)
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy)
            .RequireRateLimiting(RateLimitSetup.FeedbackPolicy)
            .WithName("PostFeedback")
            .WithSummary("Answer \"Was this content helpful?\" for a published article (anonymous; rate-limited per client)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/{id:guid}/feedback", GetFeedback)
            .RequireAuthorization(ApiKeyDefaults.EditorPolicy)
            .WithName("GetFeedback")
            .WithSummary("Readers' helpful / not helpful counts for an article (editors)")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    internal static async Task<Results<Accepted, ProblemHttpResult>> PostFeedback(
        [Description("The article's id (UUID), slug or one of its old slugs.")] string idOrSlug,
        [Description("The language of the slug, when the same slug exists in several languages.")] string? lang,
        FeedbackRequest request,
        ContentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        Guid? id = Guid.TryParse(idOrSlug, out var parsed) ? parsed : null;
        var helpful = request.Helpful ? 1 : 0;
        var now = clock.GetUtcNow().UtcDateTime;

        // One statement finds the published article (by id, slug, then old slug; English first when a slug exists in
        // several languages) and adds the answer to its counters: no read-modify-write race between readers.
        var counted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO article_feedback (article_id, helpful, not_helpful, last_at)
            SELECT a.id, {helpful}, 1 - {helpful}, {now}
            FROM articles a
            WHERE a.status = 'published'
              AND ({lang}::text IS NULL OR a.language = {lang}::text)
              AND (a.id IS NOT DISTINCT FROM {id}::uuid OR a.slug = {idOrSlug}
                   OR a.id IN (SELECT s.article_id FROM article_slugs s WHERE s.slug = {idOrSlug}))
            ORDER BY (a.id IS NOT DISTINCT FROM {id}::uuid OR a.slug = {idOrSlug}) DESC, (a.language = 'en') DESC, a.language
            LIMIT 1
            ON CONFLICT (article_id) DO UPDATE SET
                helpful = article_feedback.helpful + EXCLUDED.helpful,
                not_helpful = article_feedback.not_helpful + EXCLUDED.not_helpful,
                last_at = EXCLUDED.last_at
            """, cancellationToken);

        return counted == 0
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No published article has the id or slug '{idOrSlug}'.")
            : TypedResults.Accepted((string?)null);
    }

    internal static async Task<Results<Ok<FeedbackResponse>, ProblemHttpResult>> GetFeedback(
        [Description("The article's id.")] Guid id,
        ContentDbContext db,
        CancellationToken cancellationToken)
    {
        var found = await db.Articles
            .Where(article => article.Id == id)
            .Select(article => new
            {
                Counts = db.ArticleFeedback.Where(feedback => feedback.ArticleId == article.Id)
                    .Select(feedback => new { feedback.Helpful, feedback.NotHelpful, feedback.LastAt })
                    .FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No article has the id '{id}'.");
        }

        var helpful = found.Counts?.Helpful ?? 0;
        var notHelpful = found.Counts?.NotHelpful ?? 0;
        var total = helpful + notHelpful;
        return TypedResults.Ok(new FeedbackResponse(id, helpful, notHelpful, total,
            total == 0 ? null : Math.Round((double)helpful / total, 4), found.Counts?.LastAt));
    }
}
