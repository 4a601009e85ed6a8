using System.ComponentModel;
using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Domain.Authors;
using ContentApi.Features.Articles;
using ContentApi.Features.Syndication;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Caching;
using ContentApi.Infrastructure.Errors;
using ContentApi.Infrastructure.Mapping;
using ContentApi.Infrastructure.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Authors;

/// <summary>Editors' writes to authors: create, replace, delete (409 while still in a byline, unless forced).</summary>
public static partial class AuthorWriteEndpoints
{
    public static IEndpointRouteBuilder MapAuthorWrites(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/authors")
            .WithTags("Authors")
            .RequireAuthorization(ApiKeyDefaults.EditorPolicy)
            .WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", CreateAuthor)
            .WithName("CreateAuthor")
            .WithSummary("Create an author")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id}", ReplaceAuthor)
            .WithName("ReplaceAuthor")
            .WithSummary("Replace an author's profile")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{id}", DeleteAuthor)
            .WithName("DeleteAuthor")
            .WithSummary("Delete an author; 409 while articles still name them, unless force=true removes them from those bylines")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }

    internal static async Task<Created<AuthorResponse>> CreateAuthor(
        AuthorRequest request, ContentDbContext db, ContentCache cache, TimeProvider clock, HttpContext http, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var slug = await SlugAsync(db, request.Slug, request.Name, id, cancellationToken);
        var author = Author.Create(id, slug, request.Name.Trim(), request.Bio, request.Role, request.AvatarUrl,
            request.Links.Select(link => link.MapTo<AuthorLink>()), clock.GetUtcNow().UtcDateTime);
        db.Authors.Add(author);
        await db.SaveChangesAsync(cancellationToken);
        await cache.ContentChangedAsync(cancellationToken);

        var key = http.ApiKey()!;
        LogWrite(loggers.CreateLogger(typeof(AuthorWriteEndpoints)), key.Name, key.Id, "created", id, slug);
        return TypedResults.Created($"/api/v1/authors/{id}", await ReadAsync(db, id, cancellationToken));
    }

    internal static async Task<Ok<AuthorResponse>> ReplaceAuthor(
        [Description("The author's id.")] Guid id,
        AuthorRequest request,
        ContentDbContext db,
        ArticleEvents events,
        ContentCache cache,
        TimeProvider clock,
        HttpContext http,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var author = await db.Authors.AsTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw ProblemException.NotFound($"No author has the id {id}.");
        var slug = request.Slug is null ? author.Slug : await SlugAsync(db, request.Slug, request.Name, id, cancellationToken);
        var bylineChanged = slug != author.Slug || request.Name.Trim() != author.Name;
        author.Update(slug, request.Name.Trim(), request.Bio, request.Role, request.AvatarUrl,
            request.Links.Select(link => link.MapTo<AuthorLink>()), clock.GetUtcNow().UtcDateTime);

        if (bylineChanged)
        {
            // Articles show the author's name and slug: partners mirroring them hear of the change with the same commit.
            var syndicated = await db.Articles
                .Where(article => article.Status == ArticleStatus.Published && article.Syndicatable && article.Authors.Any(byline => byline.AuthorId == id))
                .ToListAsync(cancellationToken);
            syndicated.ForEach(article => events.Record(db, article, wasSyndicated: true, ArticleEvent.Updated));
        }

        await db.SaveChangesAsync(cancellationToken);
        await cache.ContentChangedAsync(cancellationToken);

        var key = http.ApiKey()!;
        LogWrite(loggers.CreateLogger(typeof(AuthorWriteEndpoints)), key.Name, key.Id, "replaced", id, slug);
        return TypedResults.Ok(await ReadAsync(db, id, cancellationToken));
    }

    /// <remarks>
    /// Forcing removes the author from every byline, each as a saved revision of the article. An article whose only
    /// author this is would be left without a byline, which no article may be: that stays a 409 naming the articles.
    /// </remarks>
    internal static async Task<NoContent> DeleteAuthor(
        [Description("The author's id.")] Guid id,
        [Description("Also remove the author from the bylines of the articles that still name them.")] bool? force,
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
            // Locking the author first makes a concurrent write that adds them to a byline wait for this one (and fail).
            var author = (await db.Authors.FromSql($"SELECT * FROM authors WHERE id = {id} FOR UPDATE").AsTracking().ToListAsync(cancellationToken))
                .FirstOrDefault() ?? throw ProblemException.NotFound($"No author has the id {id}.");
            var articleIds = await db.ArticleAuthors.Where(byline => byline.AuthorId == id).Select(byline => byline.ArticleId).ToListAsync(cancellationToken);
            var articles = await writer.LockManyAsync(articleIds, cancellationToken);
            if (articles.Count > 0 && force != true)
            {
                throw ProblemException.Conflict(
                    $"{articles.Count} article(s) still name this author ({Slugs(articles)}). Send force=true to remove the author from their bylines.");
            }

            var soleAuthor = articles.Where(article => article.Authors.Count == 1).ToList();
            if (soleAuthor.Count > 0)
            {
                throw ProblemException.Conflict(
                    $"This author is the only author of {soleAuthor.Count} article(s) ({Slugs(soleAuthor)}); give them another author first.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var article in articles)
            {
                var wasSyndicated = ArticleEvents.IsSyndicated(article);
                var content = article.MapTo<ArticleContent>();
                article.Apply(content with { AuthorIds = [.. content.AuthorIds.Where(authorId => authorId != id)] }, now);
                await writer.RecordAsync(article, wasSyndicated, ArticleEvent.Updated, $"removed author {author.Slug} from", key, cancellationToken);
            }

            db.Authors.Remove(author);
            await db.SaveChangesAsync(cancellationToken);
            return author.Slug;
        }, cancellationToken);

        await cache.ContentChangedAsync(cancellationToken);
        LogWrite(loggers.CreateLogger(typeof(AuthorWriteEndpoints)), key.Name, key.Id, "deleted", id, slug);
        return TypedResults.NoContent();
    }

    private static async Task<string> SlugAsync(ContentDbContext db, string? wanted, string name, Guid id, CancellationToken cancellationToken)
    {
        if (wanted is null)
        {
            return await FreeSlug.MakeAsync(name, "author", stem => db.Authors.Where(a => a.Slug.StartsWith(stem)).Select(a => a.Slug), cancellationToken);
        }

        return await db.Authors.AnyAsync(a => a.Slug == wanted && a.Id != id, cancellationToken)
            ? throw ProblemException.Conflict($"The slug '{wanted}' is already another author's. Choose another, or leave slug out to have one made from the name.")
            : wanted;
    }

    private static Task<AuthorResponse> ReadAsync(ContentDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Authors.Where(author => author.Id == id)
            .Select(author => new AuthorResponse(author.Id, author.Slug, author.Name, author.Bio, author.Role, author.AvatarUrl, author.Links,
                db.ArticleAuthors.LongCount(byline => byline.AuthorId == author.Id && byline.PublishedAt != null)))
            .SingleAsync(cancellationToken);

    private static string Slugs(IEnumerable<Article> articles) =>
        string.Join(", ", articles.Take(10).Select(article => article.Slug)) + (articles.Skip(10).Any() ? ", …" : "");

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit: key {KeyName} ({KeyId}) {Action} author {AuthorId} ({Slug})")]
    private static partial void LogWrite(ILogger logger, string keyName, Guid keyId, string action, Guid authorId, string slug);
}
