using ContentApi.Domain.Articles;
using ContentApi.Domain.Keys;
using ContentApi.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.IntegrationTests.Infrastructure;

/// <summary>Writes the way the write API makes them (domain + one SaveChanges + cache eviction), and keys of each role.</summary>
public static class DeliveryTestData
{
    /// <summary>Loads the article as an aggregate, applies <paramref name="change"/>, saves, and tells the cache.</summary>
    public static async Task ChangeArticleAsync(this ContentApiFactory factory, Guid id, Action<Article> change)
    {
        await factory.WithDbAsync(async db =>
        {
            var article = await db.Articles.AsTracking()
                .Include(a => a.Authors).Include(a => a.Tags).Include(a => a.RelatedLinks).Include(a => a.OldSlugs)
                .FirstAsync(a => a.Id == id);
            change(article);
            await db.SaveChangesAsync();
        });
        await factory.Services.GetRequiredService<ContentCache>().ContentChangedAsync(CancellationToken.None);
    }

    public static async Task DeleteArticleAsync(this ContentApiFactory factory, Guid id)
    {
        await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).ExecuteDeleteAsync());
        await factory.Services.GetRequiredService<ContentCache>().ContentChangedAsync(CancellationToken.None);
    }

    /// <summary>Adds a key with <paramref name="role"/> straight to the database; returns its secret.</summary>
    public static async Task<string> AddKeyAsync(this ContentApiFactory factory, ApiKeyRole role, string? name = null)
    {
        var key = ApiKey.Generate(name ?? TestData.Unique(role.ToString().ToLowerInvariant()), role, DateTime.UtcNow, out var secret);
        await factory.WithDbAsync(async db =>
        {
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync();
        });
        return secret;
    }

    public static ArticleContent ContentOf(Article article, string? slug = null, string? title = null) => new(
        article.Type, article.Language, title ?? article.Title, slug ?? article.Slug, article.Summary, article.BodyHtml,
        [.. article.Authors.OrderBy(a => a.Position).Select(a => a.AuthorId)], [.. article.Tags.OrderBy(t => t.Position).Select(t => t.TagId)],
        article.PrimaryTagId, article.Syndicatable);
}
