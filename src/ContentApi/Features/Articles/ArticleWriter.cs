using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Features.Syndication;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Caching;
using ContentApi.Infrastructure.Html;
using ContentApi.Infrastructure.Site;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Articles;

/// <summary>An article as a write leaves it: the editor's view of it and its new ETag.</summary>
public sealed record SavedArticle(ArticleResponse Article, string ETag);

/// <summary>
/// The unit of work behind every article write. Each write runs in one transaction: the article row is locked and its
/// version compared with If-Match first (so racing editors queue up and all but one get 412), then the change, its
/// revision and its change-feed entry are saved together, and the cache is evicted only after the commit.
/// </summary>
public sealed partial class ArticleWriter(
    ContentDbContext db,
    ArticleEvents events,
    ArticleContentRules rules,
    ContentCache cache,
    TimeProvider clock,
    IOptions<SiteOptions> site,
    ILogger<ArticleWriter> logger)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Creates a draft. <paramref name="claim"/> runs first in the transaction (an idempotency key's record, so a
    /// concurrent duplicate waits for this one), <paramref name="beforeCommit"/> last (the record's response).
    /// </summary>
    public async Task<(SavedArticle Saved, SanitizedHtml Body)> CreateAsync(
        ArticleRequest request, ApiKeyIdentity key, Func<Task>? claim, Func<SavedArticle, SanitizedHtml, Task>? beforeCommit, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryCreateAsync(request, key, claim, beforeCommit, cancellationToken);
            }
            catch (DbUpdateException exception) when (request.Slug is null && attempt < 3
                && exception.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_articles_slug_language" })
            {
                // Another article with the same title took the made-up slug between our check and our insert: make
                // another one. (An explicit slug is the editor's choice, and stays a 409.)
            }
        }
    }

    private async Task<(SavedArticle Saved, SanitizedHtml Body)> TryCreateAsync(
        ArticleRequest request, ApiKeyIdentity key, Func<Task>? claim, Func<SavedArticle, SanitizedHtml, Task>? beforeCommit, CancellationToken cancellationToken)
    {
        var (saved, body, slug) = await InTransactionAsync(async () =>
        {
            if (claim is not null)
            {
                await claim();
            }

            var id = Guid.CreateVersion7();
            var (content, group, body) = await rules.ResolveAsync(request, id, current: null, cancellationToken);
            var article = Article.Create(id, content, group, Now);
            db.Articles.Add(article);
            await ArticleRevisions.AddAsync(db, article, key.Id, key.Name, Now, isNew: true, cancellationToken);
            events.Record(db, article, wasSyndicated: false, ArticleEvent.Updated);
            await db.SaveChangesAsync(cancellationToken);

            var saved = await ReadAsync(id, cancellationToken);
            if (beforeCommit is not null)
            {
                await beforeCommit(saved, body);
                await db.SaveChangesAsync(cancellationToken);
            }

            return (saved, body, article.Slug);
        }, cancellationToken);

        LogWrite(logger, key.Name, key.Id, "created", saved.Article.Id, slug);
        await cache.ContentChangedAsync(cancellationToken);
        return (saved, body);
    }

    /// <summary>
    /// Changes an existing article when its version is still <paramref name="expectedVersion"/> (else 412).
    /// <paramref name="change"/> returns what happened, or null when nothing changed (then nothing is saved).
    /// </summary>
    public async Task<SavedArticle> ChangeAsync(
        Guid id, uint expectedVersion, string action, ApiKeyIdentity key, Func<Article, Task<ArticleEvent?>> change, CancellationToken cancellationToken)
    {
        var (saved, slug, changed) = await InTransactionAsync(async () =>
        {
            var article = await LockAsync(id, expectedVersion, cancellationToken);
            var wasSyndicated = ArticleEvents.IsSyndicated(article);
            if (await change(article) is not { } happened)
            {
                return (await ReadAsync(id, cancellationToken), article.Slug, false);
            }

            await ArticleRevisions.AddAsync(db, article, key.Id, key.Name, Now, isNew: false, cancellationToken);
            events.Record(db, article, wasSyndicated, happened);
            await db.SaveChangesAsync(cancellationToken);
            return (await ReadAsync(id, cancellationToken), article.Slug, true);
        }, cancellationToken);

        if (changed)
        {
            LogWrite(logger, key.Name, key.Id, action, id, slug);
            await cache.ContentChangedAsync(cancellationToken);
        }

        return saved;
    }

    public async Task DeleteAsync(Guid id, uint expectedVersion, ApiKeyIdentity key, CancellationToken cancellationToken)
    {
        var slug = await InTransactionAsync(async () =>
        {
            var article = await LockAsync(id, expectedVersion, cancellationToken);
            var wasSyndicated = ArticleEvents.IsSyndicated(article);
            db.Articles.Remove(article);
            events.Record(db, article, wasSyndicated, ArticleEvent.Deleted);
            await db.SaveChangesAsync(cancellationToken);
            return article.Slug;
        }, cancellationToken);

        LogWrite(logger, key.Name, key.Id, "deleted", id, slug);
        await cache.ContentChangedAsync(cancellationToken);
    }

    /// <summary>The article as an editor's GET shows it, read inside the write's transaction.</summary>
    public async Task<SavedArticle> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Articles
            .Where(article => article.Id == id)
            .Select(ArticleProjection.Row(db, editor: true, includeBody: true, includeLinks: true))
            .SingleAsync(cancellationToken);
        return new SavedArticle(row.ToArticleRow().ToResponse(site.Value), ArticleETag.From(row.Article.Version));
    }

    /// <summary>
    /// Locks the article's row for the rest of the transaction, checks its version, and loads it for change. The row
    /// lock makes concurrent writes to one article take turns, so the second one sees the first one's version and
    /// gets 412; the version is also the concurrency token of the UPDATE, in case anything bypasses the lock.
    /// </summary>
    private async Task<Article> LockAsync(Guid id, uint expectedVersion, CancellationToken cancellationToken)
    {
        var versions = await db.Database
            .SqlQuery<long>($"SELECT xmin::text::bigint AS \"Value\" FROM articles WHERE id = {id} FOR UPDATE")
            .ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            throw Infrastructure.Errors.ProblemException.NotFound($"No article has the id {id}.");
        }

        if (versions[0] != expectedVersion)
        {
            throw ArticlePreconditions.Stale();
        }

        var article = await db.Articles.AsTracking()
            .Include(a => a.Authors).Include(a => a.Tags).Include(a => a.RelatedLinks).Include(a => a.OldSlugs)
            .AsSplitQuery()
            .SingleAsync(a => a.Id == id, cancellationToken);
        db.Entry(article).Property(a => a.Version).OriginalValue = expectedVersion;
        return article;
    }

    /// <summary>
    /// Locks and loads the articles (in id order, so two such writes cannot deadlock) for a write that changes many,
    /// such as removing a deleted tag from each; call inside <see cref="InTransactionAsync{T}"/>.
    /// </summary>
    public async Task<List<Article>> LockManyAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var locked = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM articles WHERE id = ANY({ids.ToArray()}) ORDER BY id FOR UPDATE")
            .ToListAsync(cancellationToken);
        return await db.Articles.AsTracking()
            .Include(a => a.Authors).Include(a => a.Tags).Include(a => a.RelatedLinks).Include(a => a.OldSlugs)
            .AsSplitQuery()
            .Where(a => locked.Contains(a.Id))
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Adds the revision and change-feed entry of a change made to a locked article; the caller saves.</summary>
    public async Task RecordAsync(Article article, bool wasSyndicated, ArticleEvent happened, string action, ApiKeyIdentity key, CancellationToken cancellationToken)
    {
        await ArticleRevisions.AddAsync(db, article, key.Id, key.Name, Now, isNew: false, cancellationToken);
        events.Record(db, article, wasSyndicated, happened);
        LogWrite(logger, key.Name, key.Id, action, article.Id, article.Slug);
    }

    /// <summary>One transaction, retried as a whole by the execution strategy on a transient failure.</summary>
    public Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work();
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit: key {KeyName} ({KeyId}) {Action} article {ArticleId} ({Slug})")]
    private static partial void LogWrite(ILogger logger, string keyName, Guid keyId, string action, Guid articleId, string slug);
}
