using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Features.Syndication;
using ContentApi.Infrastructure.Caching;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.IntegrationTests.Syndication;

/// <summary>
/// Changes articles the way the editorial writes do: through the domain, <see cref="ArticleEvents.Record"/> and one
/// SaveChanges on the service's own context (so the change feed and the webhook outbox go through their real path),
/// then the cache eviction a write makes after committing.
/// </summary>
public static class ArticleWrites
{
    /// <summary>Creates an article (a draft when <see cref="ArticleSpec.PublishedAt"/> is null) and announces it.</summary>
    public static async Task<Article> CreateAsync(this IServiceProvider services, ArticleSpec? spec = null)
    {
        spec ??= new ArticleSpec();
        var authorIds = spec.AuthorIds;
        if (authorIds is null)
        {
            var author = Domain.Authors.Author.Create(Guid.CreateVersion7(), TestData.Unique("author"), "Ana Reporter", "", "Reporter", null, [], TestData.Now);
            await WriteAsync(services, db =>
            {
                db.Authors.Add(author);
                return Task.CompletedTask;
            });
            authorIds = [author.Id];
        }

        var title = spec.Title ?? TestData.Unique("Title");
        var content = new ArticleContent(spec.Type, spec.Language, title, spec.Slug ?? Domain.Common.Slug.FromTitle(title), spec.Summary,
            spec.BodyHtml, authorIds, spec.TagIds, spec.PrimaryTagId ?? (spec.TagIds.Count > 0 ? spec.TagIds[0] : null), spec.Syndicatable);
        var article = Article.Create(Guid.CreateVersion7(), content, spec.TranslationGroupId, TestData.Now);
        if (spec.PublishedAt is { } publishedAt)
        {
            article.Publish(publishedAt, TestData.Now);
        }

        await WriteAsync(services, db =>
        {
            db.Articles.Add(article);
            Events(services).Record(db, article, wasSyndicated: false, article.IsPublished ? ArticleEvent.Published : ArticleEvent.Updated);
            return Task.CompletedTask;
        });
        return article;
    }

    public static Task PublishAsync(this IServiceProvider services, Guid id, DateTime? at = null) =>
        ChangeAsync(services, id, ArticleEvent.Published, article => article.Publish(at, TestData.Now));

    public static Task UnpublishAsync(this IServiceProvider services, Guid id) =>
        ChangeAsync(services, id, ArticleEvent.Unpublished, article => article.Unpublish(TestData.Now));

    /// <summary>Edits the title and/or the syndicatable flag, keeping everything else.</summary>
    public static Task UpdateAsync(this IServiceProvider services, Guid id, string? title = null, bool? syndicatable = null) =>
        ChangeAsync(services, id, ArticleEvent.Updated, article => article.Apply(new ArticleContent(
            article.Type, article.Language, title ?? article.Title, article.Slug, article.Summary, article.BodyHtml,
            [.. article.Authors.OrderBy(a => a.Position).Select(a => a.AuthorId)], [.. article.Tags.OrderBy(t => t.Position).Select(t => t.TagId)],
            article.PrimaryTagId, syndicatable ?? article.Syndicatable), TestData.Now));

    public static Task DeleteAsync(this IServiceProvider services, Guid id) =>
        WriteAsync(services, async db =>
        {
            var article = await LoadAsync(db, id);
            var wasSyndicated = ArticleEvents.IsSyndicated(article);
            db.Articles.Remove(article);
            Events(services).Record(db, article, wasSyndicated, ArticleEvent.Deleted);
        });

    public static Task<Article> LoadAsync(ContentDbContext db, Guid id) =>
        db.Articles.AsTracking().Include(a => a.Authors).Include(a => a.Tags).SingleAsync(a => a.Id == id);

    public static ArticleEvents Events(IServiceProvider services) => services.GetRequiredService<ArticleEvents>();

    private static Task ChangeAsync(IServiceProvider services, Guid id, ArticleEvent happened, Action<Article> change) =>
        WriteAsync(services, async db =>
        {
            var article = await LoadAsync(db, id);
            var wasSyndicated = ArticleEvents.IsSyndicated(article);
            change(article);
            Events(services).Record(db, article, wasSyndicated, happened);
        });

    private static async Task WriteAsync(IServiceProvider services, Func<ContentDbContext, Task> write)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            await write(db);
            await db.SaveChangesAsync();
        }

        await services.GetRequiredService<ContentCache>().ContentChangedAsync(CancellationToken.None);
    }
}
