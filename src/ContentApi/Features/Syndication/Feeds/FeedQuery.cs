using ContentApi.Domain.Articles;
using ContentApi.Infrastructure.Errors;
using ContentApi.Infrastructure.Site;

namespace ContentApi.Features.Syndication.Feeds;

/// <summary>
/// The feeds' filters, parsed and applied in one place: <c>type</c> (comma = any of), <c>tag</c> (comma = and,
/// <c>|</c> = or, leading <c>-</c> = not: <c>peru,cocaine|coca,-opinion</c>), <c>author</c> (comma = any of) and
/// <c>lang</c>. The same grammar as the article list, so a partner can turn any list URL into a feed.
/// </summary>
public sealed record FeedQuery(
    IReadOnlyList<ArticleType> Types,
    IReadOnlyList<IReadOnlyList<string>> TagGroups,
    IReadOnlyList<string> AuthorSlugs,
    string? Language)
{
    /// <summary>Parses the query string; throws a 400 naming the parameter for anything it cannot understand.</summary>
    public static FeedQuery Parse(string? type, string? tag, string? author, string? lang, SiteOptions site)
    {
        var types = new List<ArticleType>();
        foreach (var name in Split(type, ','))
        {
            types.Add(Enum.TryParse<ArticleType>(name, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(name[0])
                ? parsed
                : throw new ValidationProblemException("type", $"'{name}' is not an article type; use any of {string.Join(", ", Enum.GetNames<ArticleType>().Select(n => n.ToLowerInvariant()))}."));
        }

        var tagGroups = Split(tag, ',').Select(group => (IReadOnlyList<string>)[.. Split(group, '|')]).Where(group => group.Count > 0).ToList();
        foreach (var term in tagGroups.SelectMany(group => group))
        {
            if (!Domain.Common.Slug.IsValid(term.TrimStart('-')))
            {
                throw new ValidationProblemException("tag", $"'{term}' is not a tag slug. Tags are slugs: a,b = both, a|b = either, -a = not a.");
            }
        }

        var authors = Split(author, ',').ToList();
        if (authors.Find(slug => !Domain.Common.Slug.IsValid(slug)) is { } badAuthor)
        {
            throw new ValidationProblemException("author", $"'{badAuthor}' is not an author slug.");
        }

        if (lang is not null && !site.SupportedLanguages.Contains(lang))
        {
            throw new ValidationProblemException("lang", $"'{lang}' is not one of this site's languages ({string.Join(", ", site.SupportedLanguages)}).");
        }

        return new FeedQuery(types, tagGroups, authors, lang);
    }

    /// <summary>
    /// Narrows published articles (only those: the wanted tags and authors are looked up through the
    /// <c>published_at</c> copies on taggings and bylines, which are set exactly while an article is published, so
    /// PostgreSQL reads a tag's or author's articles from its partial index instead of scanning every tagging).
    /// </summary>
    public IQueryable<Article> Apply(IQueryable<Article> articles)
    {
        if (Types.Count > 0)
        {
            var types = Types.ToList();
            articles = articles.Where(article => types.Contains(article.Type));
        }

        foreach (var group in TagGroups)
        {
            var wanted = group.Where(term => !term.StartsWith('-')).ToList();
            var unwanted = group.Where(term => term.StartsWith('-')).Select(term => term[1..]).ToList();

            // A group is "any of": it holds one of the wanted tags, or lacks one of the unwanted ones.
            articles = (wanted.Count, unwanted.Count) switch
            {
                (_, 0) => articles.Where(article => article.Tags.Any(tag => tag.PublishedAt != null && wanted.Contains(tag.Tag.Slug))),
                (0, _) => articles.Where(article => article.Tags.Count(tag => unwanted.Contains(tag.Tag.Slug)) < unwanted.Count),
                _ => articles.Where(article => article.Tags.Any(tag => tag.PublishedAt != null && wanted.Contains(tag.Tag.Slug))
                    || article.Tags.Count(tag => unwanted.Contains(tag.Tag.Slug)) < unwanted.Count),
            };
        }

        if (AuthorSlugs.Count > 0)
        {
            var authors = AuthorSlugs.ToList();
            articles = articles.Where(article => article.Authors.Any(byline => byline.PublishedAt != null && authors.Contains(byline.Author.Slug)));
        }

        if (Language is not null)
        {
            articles = articles.Where(article => article.Language == Language);
        }

        return articles;
    }

    /// <summary>Words a person would read in a feed's description: "tag peru, type brief".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Types.Count > 0)
        {
            parts.Add("type " + string.Join(" or ", Types.Select(type => type.ToString().ToLowerInvariant())));
        }

        parts.AddRange(TagGroups.Select(group => "tag " + string.Join(" or ", group.Select(term => term.StartsWith('-') ? "not " + term[1..] : term))));
        if (AuthorSlugs.Count > 0)
        {
            parts.Add("author " + string.Join(" or ", AuthorSlugs));
        }

        if (Language is not null)
        {
            parts.Add("language " + Language);
        }

        return string.Join(", ", parts);
    }

    private static string[] Split(string? value, char separator) =>
        (value ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
