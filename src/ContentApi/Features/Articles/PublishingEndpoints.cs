using System.ComponentModel;
using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Features.Syndication;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Errors;
using ContentApi.Infrastructure.Mapping;
using ContentApi.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

/// <summary>Publishing (now, back-dated or scheduled), unpublishing, and an article's ordered related links.</summary>
public static class PublishingEndpoints
{
    public static IEndpointRouteBuilder MapPublishing(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/articles/{id}")
            .WithTags("Articles")
            .RequireAuthorization(ApiKeyDefaults.EditorPolicy)
            .WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPost("/publish", PublishArticle)
            .WithName("PublishArticle")
            .WithSummary("Publish now, or at publishAt: a future time schedules it (it goes live by itself), a past one back-dates it. Needs If-Match");

        group.MapPost("/unpublish", UnpublishArticle)
            .WithName("UnpublishArticle")
            .WithSummary("Back to draft (also cancels a schedule); partners' feeds get a delete. Needs If-Match");

        group.MapPut("/links", ReplaceLinks)
            .WithName("ReplaceRelatedLinks")
            .WithSummary("Replace the ordered related links: [{ articleId } | { url, title }], at most 20. Needs If-Match");

        return app;
    }

    internal static async Task<Ok<ArticleResponse>> PublishArticle(
        [Description("The article's id.")] Guid id,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] PublishRequest? request,
        [FromHeader(Name = "If-Match"), Description(ArticlePreconditions.IfMatchDescription)] string? ifMatch,
        ArticleWriter writer,
        TimeProvider clock,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var expected = ArticlePreconditions.RequireIfMatch(ifMatch);
        var now = clock.GetUtcNow().UtcDateTime;
        var at = request?.PublishAt?.UtcDateTime;
        var action = at > now ? "scheduled" : "published";
        var saved = await writer.ChangeAsync(id, expected, action, http.ApiKey()!, article =>
        {
            var wasPublished = article.IsPublished;
            if (at is null && wasPublished)
            {
                // Already live: publishing again keeps its date instead of moving it to the top of every list.
                return Task.FromResult<ArticleEvent?>(null);
            }

            article.Publish(at, now);
            return Task.FromResult<ArticleEvent?>((wasPublished, article.IsPublished) switch
            {
                (false, true) => ArticleEvent.Published,
                (true, false) => ArticleEvent.Unpublished,
                _ => ArticleEvent.Updated,
            });
        }, cancellationToken);

        ArticleWriteEndpoints.WriteHeaders(http, saved);
        return TypedResults.Ok(saved.Article);
    }

    internal static async Task<Ok<ArticleResponse>> UnpublishArticle(
        [Description("The article's id.")] Guid id,
        [FromHeader(Name = "If-Match"), Description(ArticlePreconditions.IfMatchDescription)] string? ifMatch,
        ArticleWriter writer,
        TimeProvider clock,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var expected = ArticlePreconditions.RequireIfMatch(ifMatch);
        var saved = await writer.ChangeAsync(id, expected, "unpublished", http.ApiKey()!, article =>
        {
            if (article.Status == ArticleStatus.Draft)
            {
                return Task.FromResult<ArticleEvent?>(null);
            }

            var wasPublished = article.IsPublished;
            article.Unpublish(clock.GetUtcNow().UtcDateTime);
            return Task.FromResult<ArticleEvent?>(wasPublished ? ArticleEvent.Unpublished : ArticleEvent.Updated);
        }, cancellationToken);

        ArticleWriteEndpoints.WriteHeaders(http, saved);
        return TypedResults.Ok(saved.Article);
    }

    internal static async Task<Ok<ArticleResponse>> ReplaceLinks(
        [Description("The article's id.")] Guid id,
        List<RelatedLinkRequest> links,
        [FromHeader(Name = "If-Match"), Description(ArticlePreconditions.IfMatchDescription)] string? ifMatch,
        ArticleWriter writer,
        ContentDbContext db,
        TimeProvider clock,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var expected = ArticlePreconditions.RequireIfMatch(ifMatch);
        var saved = await writer.ChangeAsync(id, expected, "relinked", http.ApiKey()!, async article =>
        {
            await CheckTargetsAsync(db, article.Id, links, cancellationToken);
            article.ReplaceRelatedLinks([.. links.Select(link => link.MapTo<RelatedLinkTarget>())], clock.GetUtcNow().UtcDateTime);
            return ArticleEvent.Updated;
        }, cancellationToken);

        ArticleWriteEndpoints.WriteHeaders(http, saved);
        return TypedResults.Ok(saved.Article);
    }

    private static async Task CheckTargetsAsync(ContentDbContext db, Guid self, List<RelatedLinkRequest> links, CancellationToken cancellationToken)
    {
        var ids = links.Where(link => link.ArticleId is not null).Select(link => link.ArticleId!.Value).Distinct().ToList();
        var existing = await db.Articles.Where(article => ids.Contains(article.Id)).Select(article => article.Id).ToListAsync(cancellationToken);
        var errors = new Dictionary<string, string[]>();
        for (var index = 0; index < links.Count; index++)
        {
            if (links[index].ArticleId is not { } target)
            {
                continue;
            }

            if (target == self)
            {
                errors[$"relatedLinks[{index}].articleId"] = ["An article cannot link to itself."];
            }
            else if (!existing.Contains(target))
            {
                errors[$"relatedLinks[{index}].articleId"] = [$"No article has the id {target}."];
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationProblemException(errors);
        }
    }
}
