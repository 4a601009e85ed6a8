using System.ComponentModel;
using System.Text.Json;
using ContentApi.Data;
using ContentApi.Features.Syndication;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Errors;
using ContentApi.Infrastructure.Idempotency;
using ContentApi.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Articles;

/// <summary>Editors' writes to articles: create, replace, merge-patch and delete.</summary>
public static class ArticleWriteEndpoints
{
    public static IEndpointRouteBuilder MapArticleWrites(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/articles")
            .WithTags("Articles")
            .RequireAuthorization(ApiKeyDefaults.EditorPolicy)
            .WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", CreateArticle)
            .WithName("CreateArticle")
            .WithSummary("Create a draft; 201 with Location and ETag. Send Idempotency-Key to make retries safe")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/{id}", ReplaceArticle)
            .WithName("ReplaceArticle")
            .WithSummary("Replace an article's content; needs If-Match")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPatch("/{id}", ArticlePatchEndpoint.PatchArticle)
            .WithName("PatchArticle")
            .WithSummary("Change some fields with a JSON merge patch (application/merge-patch+json); needs If-Match")
            .Accepts<ArticleRequest>(ArticlePatchEndpoint.MediaType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id}", DeleteArticle)
            .WithName("DeleteArticle")
            .WithSummary("Delete an article; later reads are 404 and the change feed gets a delete. Needs If-Match")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        return app;
    }

    internal static async Task<Results<Created<ArticleWriteResponse>, IdempotentReplay>> CreateArticle(
        ArticleRequest request,
        [FromHeader(Name = IdempotentRequests.HeaderName), Description("Any unique string (a UUID): a retry with the same key and body gets the first response and makes no second article.")]
        string? idempotencyKey,
        ArticleWriter writer,
        ContentDbContext db,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        TimeProvider clock,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var key = http.ApiKey()!;
        var idempotency = IdempotentRequests.ReadKey(idempotencyKey);
        var fingerprint = idempotency is null ? null : IdempotentRequests.Fingerprint(http.Request, request, json.Value.SerializerOptions);
        var now = clock.GetUtcNow().UtcDateTime;
        if (idempotency is not null && await IdempotentRequests.FindAsync(db, key.Id, idempotency, fingerprint!, now, cancellationToken) is { } replay)
        {
            return replay;
        }

        try
        {
            IdempotencyRecord? record = null;
            var (saved, body) = await writer.CreateAsync(
                request,
                key,
                idempotency is null ? null : async () =>
                {
                    // Claimed before anything else: a concurrent duplicate now waits on this row instead of racing us.
                    record = await IdempotentRequests.StartAsync(db, key.Id, idempotency, fingerprint!, now, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                },
                idempotency is null ? null : (saved, body) =>
                {
                    record!.StatusCode = StatusCodes.Status201Created;
                    record.ResponseBody = JsonSerializer.Serialize(new ArticleWriteResponse(saved.Article, body.Removed), json.Value.SerializerOptions);
                    record.Location = LocationOf(saved.Article.Id);
                    record.ETag = saved.ETag;
                    return Task.CompletedTask;
                },
                cancellationToken);

            WriteHeaders(http, saved);
            return TypedResults.Created(LocationOf(saved.Article.Id), new ArticleWriteResponse(saved.Article, body.Removed));
        }
        catch (DbUpdateException exception) when (idempotency is not null && IdempotentRequests.IsDuplicate(exception))
        {
            // The same request ran concurrently and committed first (PostgreSQL made this one wait for it): replay it.
            db.ChangeTracker.Clear();
            return await IdempotentRequests.FindAsync(db, key.Id, idempotency, fingerprint!, now, cancellationToken)
                ?? throw ProblemException.Conflict("A request with this Idempotency-Key is still being processed; retry in a moment.");
        }
    }

    internal static async Task<Ok<ArticleWriteResponse>> ReplaceArticle(
        [Description("The article's id.")] Guid id,
        ArticleRequest request,
        [FromHeader(Name = "If-Match"), Description(ArticlePreconditions.IfMatchDescription)] string? ifMatch,
        ArticleWriter writer,
        ArticleContentRules rules,
        TimeProvider clock,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var expected = ArticlePreconditions.RequireIfMatch(ifMatch);
        IReadOnlyList<string> removed = [];
        var saved = await writer.ChangeAsync(id, expected, "replaced", http.ApiKey()!, async article =>
        {
            removed = (await rules.ApplyAsync(article, request, clock.GetUtcNow().UtcDateTime, cancellationToken)).Removed;
            return ArticleEvent.Updated;
        }, cancellationToken);

        WriteHeaders(http, saved);
        return TypedResults.Ok(new ArticleWriteResponse(saved.Article, removed));
    }

    internal static async Task<NoContent> DeleteArticle(
        [Description("The article's id.")] Guid id,
        [FromHeader(Name = "If-Match"), Description(ArticlePreconditions.IfMatchDescription)] string? ifMatch,
        ArticleWriter writer,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var expected = ArticlePreconditions.RequireIfMatch(ifMatch);
        await writer.DeleteAsync(id, expected, http.ApiKey()!, cancellationToken);
        return TypedResults.NoContent();
    }

    internal static string LocationOf(Guid id) => $"/api/v1/articles/{id}";

    /// <summary>The new ETag, for the editor's next If-Match; a write's answer is never cached.</summary>
    internal static void WriteHeaders(HttpContext http, SavedArticle saved)
    {
        http.Response.Headers.ETag = saved.ETag;
        http.Response.Headers.CacheControl = "private, no-store";
    }
}
