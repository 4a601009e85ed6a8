using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Infrastructure.Errors;
using ContentApi.Infrastructure.Html;
using ContentApi.Infrastructure.Mapping;
using ContentApi.Infrastructure.Site;
using ContentApi.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Articles;

/// <summary>
/// The rules of an article request that need the database: its authors, tags and translation exist, its slug is
/// free in its language (or one is made), and its body is sanitized. Runs inside the write's transaction.
/// </summary>
public sealed class ArticleContentRules(ContentDbContext db, ArticleHtmlSanitizer sanitizer, IOptions<SiteOptions> site)
{
    /// <summary>
    /// The content to save and the translation group to be in. <paramref name="current"/> is the article being
    /// replaced, null on create: a replace that leaves out language, slug or translationOf keeps them.
    /// </summary>
    public async Task<(ArticleContent Content, Guid? TranslationGroup, SanitizedHtml Body)> ResolveAsync(
        ArticleRequest request, Guid id, Article? current, CancellationToken cancellationToken)
    {
        var language = request.Language ?? current?.Language ?? site.Value.SupportedLanguages[0];
        await CheckReferencesAsync(request, cancellationToken);
        var sameLanguage = current is not null && current.Language == language;
        var group = request.TranslationOf is null && sameLanguage
            ? current!.TranslationGroupId
            : await TranslationGroupAsync(request.TranslationOf, id, language, current?.TranslationGroupId, cancellationToken);
        var wantedSlug = request.Slug ?? current?.Slug;
        // Unchanged language, slug and group need no checking: the article already holds them.
        var slug = sameLanguage && wantedSlug == current!.Slug
            ? current.Slug
            : await SlugAsync(wantedSlug, request.Title, language, id, cancellationToken);
        var body = sanitizer.Sanitize(request.BodyHtml);
        var content = request.MapTo<ArticleContent>() with { Language = language, Slug = slug, BodyHtml = body.Html };
        return (content, group, body);
    }

    /// <summary>Replaces an article's content with the request's; returns what the sanitizer removed.</summary>
    public async Task<SanitizedHtml> ApplyAsync(Article article, ArticleRequest request, DateTime now, CancellationToken cancellationToken)
    {
        var (content, group, body) = await ResolveAsync(request, article.Id, article, cancellationToken);
        article.Apply(content, now);
        if (group is { } translationGroup && translationGroup != article.TranslationGroupId)
        {
            article.JoinTranslationGroup(translationGroup, now);
        }

        return body;
    }

    private async Task CheckReferencesAsync(ArticleRequest request, CancellationToken cancellationToken)
    {
        var authors = await db.Authors.Where(author => request.AuthorIds.Contains(author.Id)).Select(author => author.Id).ToListAsync(cancellationToken);
        var tags = await db.Tags.Where(tag => request.TagIds.Contains(tag.Id)).Select(tag => tag.Id).ToListAsync(cancellationToken);
        var errors = new Dictionary<string, string[]>();
        for (var index = 0; index < request.AuthorIds.Count; index++)
        {
            if (!authors.Contains(request.AuthorIds[index]))
            {
                errors[$"authorIds[{index}]"] = [$"No author has the id {request.AuthorIds[index]}."];
            }
        }

        for (var index = 0; index < request.TagIds.Count; index++)
        {
            if (!tags.Contains(request.TagIds[index]))
            {
                errors[$"tagIds[{index}]"] = [$"No tag has the id {request.TagIds[index]}."];
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationProblemException(errors);
        }
    }

    /// <summary>
    /// The group to be in: the one of <paramref name="translationOf"/> when given, else the current one. A group
    /// holds one article per language: a second one is 409, like a taken slug.
    /// </summary>
    private async Task<Guid?> TranslationGroupAsync(Guid? translationOf, Guid id, string language, Guid? currentGroup, CancellationToken cancellationToken)
    {
        var group = currentGroup;
        if (translationOf is { } targetId)
        {
            if (targetId == id)
            {
                throw new ValidationProblemException("translationOf", "An article cannot be a translation of itself.");
            }

            var target = await db.Articles.Where(article => article.Id == targetId)
                .Select(article => new { article.TranslationGroupId, article.Language })
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new ValidationProblemException("translationOf", $"No article has the id {targetId}.");
            if (target.Language == language)
            {
                throw new ValidationProblemException("translationOf", $"That article is in '{language}' too; a translation is in another language.");
            }

            group = target.TranslationGroupId;
        }

        if (group is { } groupId)
        {
            var sibling = await db.Articles
                .Where(article => article.TranslationGroupId == groupId && article.Language == language && article.Id != id)
                .Select(article => article.Slug)
                .FirstOrDefaultAsync(cancellationToken);
            if (sibling is not null)
            {
                throw ProblemException.Conflict($"This translation group already has a '{language}' article ('{sibling}'); a group holds one article per language.");
            }
        }

        return group;
    }

    /// <summary>The wanted slug if no other article of the language has it (else 409); without one, a free slug made from the title.</summary>
    private async Task<string> SlugAsync(string? wanted, string title, string language, Guid id, CancellationToken cancellationToken)
    {
        if (wanted is not null)
        {
            var owner = await db.Articles
                .Where(article => article.Language == language && article.Slug == wanted && article.Id != id)
                .Select(article => (Guid?)article.Id)
                .FirstOrDefaultAsync(cancellationToken);
            return owner is { } other
                ? throw ProblemException.Conflict($"The slug '{wanted}' is already used by another '{language}' article ({other}). Choose another, or leave slug out to have one made from the title.")
                : wanted;
        }

        // Old slugs count as taken too, so a made-up slug never takes over another article's redirect.
        return await FreeSlug.MakeAsync(title, "article", stem =>
            db.Articles.Where(article => article.Language == language && article.Slug.StartsWith(stem)).Select(article => article.Slug)
                .Concat(db.ArticleSlugs.Where(old => old.Slug.StartsWith(stem)).Select(old => old.Slug)), cancellationToken);
    }
}
