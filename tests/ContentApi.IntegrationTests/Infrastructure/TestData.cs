using ContentApi.Domain.Articles;
using ContentApi.Domain.Authors;
using ContentApi.Domain.Tags;

namespace ContentApi.IntegrationTests.Infrastructure;

/// <summary>What a test wants an article to be; anything left out gets a unique, valid default.</summary>
public sealed record ArticleSpec
{
    public string? Title { get; init; }
    public string? Slug { get; init; }
    public ArticleType Type { get; init; } = ArticleType.Brief;
    public string Language { get; init; } = "en";
    public string Summary { get; init; } = "A short lead paragraph.";
    public string BodyHtml { get; init; } = "<p>Body text of the article.</p><h2>Analysis</h2><p>More body text.</p>";
    public IReadOnlyList<Guid>? AuthorIds { get; init; }
    public IReadOnlyList<Guid> TagIds { get; init; } = [];
    public Guid? PrimaryTagId { get; init; }

    /// <summary>Null leaves the article a draft.</summary>
    public DateTime? PublishedAt { get; init; } = new DateTime(2024, 1, 1, 12, 0, 0, DateTimeKind.Utc);
    public bool Syndicatable { get; init; } = true;
    public Guid? TranslationGroupId { get; init; }
}

/// <summary>Puts rows straight into a test's database through the domain model, for reads to find.</summary>
public static class TestData
{
    public static DateTime Now => DateTime.UtcNow;

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}";

    public static async Task<Author> AddAuthorAsync(this ContentApiFactory factory, string? name = null)
    {
        var slug = Unique("author");
        var author = Author.Create(Guid.CreateVersion7(), slug, name ?? slug, "A reporter.", "Reporter", null, [], Now);
        await factory.WithDbAsync(async db =>
        {
            db.Authors.Add(author);
            await db.SaveChangesAsync();
        });
        return author;
    }

    public static async Task<Tag> AddTagAsync(this ContentApiFactory factory, string? slug = null, TagKind kind = TagKind.Country, string? name = null)
    {
        slug ??= Unique("tag");
        var tag = Tag.Create(Guid.CreateVersion7(), slug, name ?? slug, kind, "", Now);
        await factory.WithDbAsync(async db =>
        {
            db.Tags.Add(tag);
            await db.SaveChangesAsync();
        });
        return tag;
    }

    public static async Task<Article> AddArticleAsync(this ContentApiFactory factory, ArticleSpec? spec = null)
    {
        spec ??= new ArticleSpec();
        var authorIds = spec.AuthorIds ?? [(await factory.AddAuthorAsync()).Id];
        var title = spec.Title ?? Unique("Title");
        var content = new ArticleContent(spec.Type, spec.Language, title, spec.Slug ?? Domain.Common.Slug.FromTitle(title),
            spec.Summary, spec.BodyHtml, authorIds, spec.TagIds, spec.PrimaryTagId ?? (spec.TagIds.Count > 0 ? spec.TagIds[0] : null),
            spec.Syndicatable);
        var article = Article.Create(Guid.CreateVersion7(), content, spec.TranslationGroupId, Now);
        if (spec.PublishedAt is { } publishedAt)
        {
            article.Publish(publishedAt, Now);
        }

        await factory.WithDbAsync(async db =>
        {
            db.Articles.Add(article);
            await db.SaveChangesAsync();
        });
        return article;
    }
}
