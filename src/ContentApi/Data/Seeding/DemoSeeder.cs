using ContentApi.Domain.Articles;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Data.Seeding;

/// <summary>Writes <see cref="DemoContent"/> into an empty database, once.</summary>
public sealed partial class DemoSeeder
{
    public static async Task SeedIfEmptyAsync(ContentDbContext db, ILogger<DemoSeeder> logger, CancellationToken cancellationToken)
    {
        if (await db.Articles.AnyAsync(cancellationToken) || await db.Authors.AnyAsync(cancellationToken) || await db.Tags.AnyAsync(cancellationToken))
        {
            return;
        }

        var demo = DemoContent.Build();
        db.Authors.AddRange(demo.Authors);
        db.Tags.AddRange(demo.Tags);
        db.Articles.AddRange(demo.Articles);

        // Mirrors following the change feed from the beginning must find the demo's syndicated articles too.
        db.ArticleChanges.AddRange(demo.Articles
            .Where(article => article.IsPublished && article.Syndicatable)
            .OrderBy(article => article.PublishedAt)
            .Select(article => new ArticleChange(article.Id, ChangeAction.Upsert, article.Slug, article.Language, article.UpdatedAt)));

        // One SaveChanges is one transaction: a crash half-way leaves the database empty, and the next start seeds again.
        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, demo.Articles.Count, demo.Authors.Count, demo.Tags.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo content: {Articles} articles, {Authors} authors, {Tags} tags")]
    private static partial void LogSeeded(ILogger logger, int articles, int authors, int tags);
}
