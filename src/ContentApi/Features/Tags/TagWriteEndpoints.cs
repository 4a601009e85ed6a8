using System.ComponentModel;
using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Domain.Tags;
using ContentApi.Features.Articles;
using ContentApi.Features.Syndication;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Caching;
using ContentApi.Infrastructure.Errors;
using ContentApi.Infrastructure.Mapping;
using ContentApi.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Tags;

/// <summary>Editors' writes to tags: create, replace, delete (409 while articles still carry it, unless forced).</summary>
public static partial class TagWriteEndpoints
{
    public static IEndpointRouteBuilder MapTagWrites(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tags")
            .WithTags("Tags")
            .RequireAuthorization(ApiKeyDefaults.EditorPolicy)
            .WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", CreateTag)
            .WithName("CreateTag")
            .WithSummary("Create a tag")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id}", ReplaceTag)
            .WithName("ReplaceTag")
            .WithSummary("Replace a tag")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{id}", DeleteTag)
            .WithName("DeleteTag")
            .WithSummary("Delete a tag; 409 while articles carry it, unless force=true removes it from them")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }

    internal static async Task<Created<TagResponse>> CreateTag(
        TagRequest request, ContentDbContext db, ContentCache cache, TimeProvider clock, HttpContext http, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var slug = await SlugAsync(db, request.Slug, request.Name, id, cancellationToken);
        db.Tags.Add(Tag.Create(id, slug, request.Name.Trim(), request.Kind, request.Description, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        await cache.ContentChangedAsync(cancellationToken);

        var key = http.ApiKey()!;
        LogWrite(loggers.CreateLogger(typeof(TagWriteEndpoints)), key.Name, key.Id, "created", id, slug);
        return TypedResults.Created($"/api/v1/tags/{id}", await ReadAsync(db, id, cancellationToken));
    }

    internal static async Task<Ok<TagResponse>> ReplaceTag(
        [Description("The tag's id.")] Guid id,
        TagRequest request,
        ContentDbContext db,
        ArticleEvents events,
        ContentCache cache,
        TimeProvider clock,
        HttpContext http,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var tag = await db.Tags.AsTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw ProblemException.NotFound($"No tag has the id {id}.");
        var slug = request.Slug is null ? tag.Slug : await SlugAsync(db, request.Slug, request.Name, id, cancellationToken);
        var shownChanged = slug != tag.Slug || request.Name.Trim() != tag.Name || request.Kind != tag.Kind;
        tag.Update(slug, request.Name.Trim(), request.Kind, request.Description, clock.GetUtcNow().UtcDateTime);

        if (shownChanged)
        {
            // Articles show their tags' slug, name and kind: partners mirroring them hear of it with the same commit.
            var syndicated = await db.Articles
                .Where(article => article.Status == ArticleStatus.Published && article.Syndicatable && article.Tags.Any(tagging => tagging.TagId == id))
                .ToListAsync(cancellationToken);
            syndicated.ForEach(article => events.Record(db, article, wasSyndicated: true, ArticleEvent.Updated));
        }

        await db.SaveChangesAsync(cancellationToken);
        await cache.ContentChangedAsync(cancellationToken);

        var key = http.ApiKey()!;
        LogWrite(loggers.CreateLogger(typeof(TagWriteEndpoints)), key.Name, key.Id, "replaced", id, slug);
        return TypedResults.Ok(await ReadAsync(db, id, cancellationToken));
    }

    /// <remarks>
    /// Forcing removes the tag from every article that carries it, each as a saved revision of the article; where it
    /// was the primary tag (the kicker), the next remaining tag becomes primary.
    /// </remarks>
    internal static async Task<NoContent> DeleteTag(
        [Description("The tag's id.")] Guid id,
        [Description("Also remove the tag from the articles that still carry it.")] bool? force,
        ContentDbContext db,
        ArticleWriter writer,
        ContentCache cache,
        TimeProvider clock,
        HttpContext http,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var key = http.ApiKey()!;
        var slug = await writer.InTransactionAsync(async () =>
        {
            // Locking the tag first makes a concurrent write that adds it to an article wait for this one (and fail).
            var tag = (await db.Tags.FromSql($"SELECT * FROM tags WHERE id = {id} FOR UPDATE").AsTracking().ToListAsync(cancellationToken))
                .FirstOrDefault() ?? throw ProblemException.NotFound($"No tag has the id {id}.");
            var articleIds = await db.ArticleTags.Where(tagging => tagging.TagId == id).Select(tagging => tagging.ArticleId).ToListAsync(cancellationToken);
            var articles = await writer.LockManyAsync(articleIds, cancellationToken);
            if (articles.Count > 0 && force != true)
            {
                throw ProblemException.Conflict(
                    $"{articles.Count} article(s) still carry this tag ({string.Join(", ", articles.Take(10).Select(a => a.Slug))}{(articles.Count > 10 ? ", …" : "")}). Send force=true to remove it from them.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var article in articles)
            {
                var wasSyndicated = ArticleEvents.IsSyndicated(article);
                var content = article.MapTo<ArticleContent>();
                List<Guid> remaining = [.. content.TagIds.Where(tagId => tagId != id)];
                var primary = content.PrimaryTagId == id ? remaining.Cast<Guid?>().FirstOrDefault() : content.PrimaryTagId;
                article.Apply(content with { TagIds = remaining, PrimaryTagId = primary }, now);
                await writer.RecordAsync(article, wasSyndicated, ArticleEvent.Updated, $"removed tag {tag.Slug} from", key, cancellationToken);
            }

            db.Tags.Remove(tag);
            await db.SaveChangesAsync(cancellationToken);
            return tag.Slug;
        }, cancellationToken);

        await cache.ContentChangedAsync(cancellationToken);
        LogWrite(loggers.CreateLogger(typeof(TagWriteEndpoints)), key.Name, key.Id, "deleted", id, slug);
        return TypedResults.NoContent();
    }

    private static async Task<string> SlugAsync(ContentDbContext db, string? wanted, string name, Guid id, CancellationToken cancellationToken)
    {
        if (wanted is null)
        {
            return await FreeSlug.MakeAsync(name, "tag", stem => db.Tags.Where(t => t.Slug.StartsWith(stem)).Select(t => t.Slug), cancellationToken);
        }

        return await db.Tags.AnyAsync(t => t.Slug == wanted && t.Id != id, cancellationToken)
            ? throw ProblemException.Conflict($"The slug '{wanted}' is already another tag's. Choose another, or leave slug out to have one made from the name.")
            : wanted;
    }

    private static Task<TagResponse> ReadAsync(ContentDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Tags.Where(tag => tag.Id == id)
            .Select(tag => new TagResponse(tag.Id, tag.Slug, tag.Name, tag.Kind, tag.Description,
                db.ArticleTags.LongCount(tagging => tagging.TagId == tag.Id && tagging.PublishedAt != null)))
            .SingleAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit: key {KeyName} ({KeyId}) {Action} tag {TagId} ({Slug})")]
    private static partial void LogWrite(ILogger logger, string keyName, Guid keyId, string action, Guid tagId, string slug);
}
