using System.Net;
using System.Text.RegularExpressions;
using ContentApi.Domain.Common;

namespace ContentApi.Domain.Articles;

/// <summary>The aggregate editors write and readers read: an article with its ordered authors, tags and related links.</summary>
public sealed partial class Article
{
    public const int MaxAuthors = 10;
    public const int MaxTags = 30;
    public const int MaxRelatedLinks = 20;

    private readonly List<ArticleAuthor> _authors = [];
    private readonly List<ArticleTag> _tags = [];
    private readonly List<RelatedLink> _relatedLinks = [];
    private readonly List<ArticleSlug> _oldSlugs = [];

    private Article()
    {
    }

    public Guid Id { get; private set; }
    public ArticleType Type { get; private set; }
    public ArticleStatus Status { get; private set; }
    public string Language { get; private set; } = "";

    /// <summary>Articles that translate each other share this id; a new article starts its own group.</summary>
    public Guid TranslationGroupId { get; private set; }

    public string Title { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string BodyHtml { get; private set; } = "";
    public int WordCount { get; private set; }
    public bool Syndicatable { get; private set; }
    public Guid? PrimaryTagId { get; private set; }

    /// <summary>Navigation for queries; not loaded by the aggregate.</summary>
    public Tags.Tag? PrimaryTag { get; private set; }

    /// <summary>When readers first could (or, back-dated, are told they could) see it; null unless published.</summary>
    public DateTime? PublishedAt { get; private set; }

    /// <summary>When a scheduled article goes live by itself; null unless scheduled.</summary>
    public DateTime? ScheduledAt { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Changes on every save (PostgreSQL's xmin); the ETag editors send back in If-Match.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<ArticleAuthor> Authors => _authors;
    public IReadOnlyList<ArticleTag> Tags => _tags;
    public IReadOnlyList<RelatedLink> RelatedLinks => _relatedLinks;
    public IReadOnlyList<ArticleSlug> OldSlugs => _oldSlugs;

    public bool IsPublished => Status == ArticleStatus.Published;

    public static Article Create(Guid id, ArticleContent content, Guid? translationGroupId, DateTime now)
    {
        var article = new Article
        {
            Id = id,
            Status = ArticleStatus.Draft,
            TranslationGroupId = translationGroupId ?? id,
            CreatedAt = now,
        };
        article.Apply(content, now);
        return article;
    }

    /// <summary>Replaces every editable field. A changed slug keeps the old one so links to it can redirect.</summary>
    public void Apply(ArticleContent content, DateTime now)
    {
        if (content.AuthorIds.Count is 0 or > MaxAuthors)
        {
            throw new DomainRuleException("authorIds", $"An article needs between 1 and {MaxAuthors} authors.");
        }

        if (content.AuthorIds.Distinct().Count() != content.AuthorIds.Count)
        {
            throw new DomainRuleException("authorIds", "An author is listed twice.");
        }

        if (content.TagIds.Count > MaxTags)
        {
            throw new DomainRuleException("tagIds", $"An article has at most {MaxTags} tags.");
        }

        if (content.TagIds.Distinct().Count() != content.TagIds.Count)
        {
            throw new DomainRuleException("tagIds", "A tag is listed twice.");
        }

        if (content.PrimaryTagId is { } primary && !content.TagIds.Contains(primary))
        {
            throw new DomainRuleException("primaryTagId", "The primary tag must be one of the article's tags.");
        }

        if (!Common.Slug.IsValid(content.Slug))
        {
            throw new DomainRuleException("slug", "A slug is lower-case letters and digits joined by single hyphens.");
        }

        ChangeSlug(content.Slug, now);
        Type = content.Type;
        Language = content.Language;
        Title = content.Title;
        Summary = content.Summary;
        BodyHtml = content.BodyHtml;
        WordCount = CountWords(content.BodyHtml);
        Syndicatable = content.Syndicatable;
        PrimaryTagId = content.PrimaryTagId;

        _authors.RemoveAll(author => !content.AuthorIds.Contains(author.AuthorId));
        for (var position = 0; position < content.AuthorIds.Count; position++)
        {
            var authorId = content.AuthorIds[position];
            var author = _authors.Find(a => a.AuthorId == authorId);
            if (author is null)
            {
                _authors.Add(new ArticleAuthor(Id, authorId, position));
            }
            else
            {
                author.Position = position;
            }
        }

        _tags.RemoveAll(tag => !content.TagIds.Contains(tag.TagId));
        for (var position = 0; position < content.TagIds.Count; position++)
        {
            var tagId = content.TagIds[position];
            var tag = _tags.Find(t => t.TagId == tagId);
            if (tag is null)
            {
                _tags.Add(new ArticleTag(Id, tagId, position));
            }
            else
            {
                tag.Position = position;
            }
        }

        Touch(now);
    }

    public void JoinTranslationGroup(Guid translationGroupId, DateTime now)
    {
        TranslationGroupId = translationGroupId;
        Touch(now);
    }

    /// <summary>
    /// Publishes at <paramref name="publishAt"/>: a time still to come schedules the article, a time already past
    /// publishes it at once with that date (back-dating, as archive imports need).
    /// </summary>
    public void Publish(DateTime? publishAt, DateTime now)
    {
        var at = publishAt ?? now;
        if (at > now)
        {
            Status = ArticleStatus.Scheduled;
            ScheduledAt = at;
            PublishedAt = null;
        }
        else
        {
            Status = ArticleStatus.Published;
            ScheduledAt = null;
            PublishedAt = at;
        }

        Touch(now);
    }

    /// <summary>Makes a scheduled article live once its time has come; returns whether it did.</summary>
    public bool GoLiveIfDue(DateTime now)
    {
        if (Status != ArticleStatus.Scheduled || ScheduledAt > now)
        {
            return false;
        }

        Status = ArticleStatus.Published;
        PublishedAt = ScheduledAt;
        ScheduledAt = null;
        Touch(now);
        return true;
    }

    public void Unpublish(DateTime now)
    {
        Status = ArticleStatus.Draft;
        PublishedAt = null;
        ScheduledAt = null;
        Touch(now);
    }

    public void ReplaceRelatedLinks(IReadOnlyList<RelatedLinkTarget> links, DateTime now)
    {
        if (links.Count > MaxRelatedLinks)
        {
            throw new DomainRuleException("links", $"An article has at most {MaxRelatedLinks} related links.");
        }

        if (links.Any(link => link.ArticleId == Id))
        {
            throw new DomainRuleException("links", "An article cannot link to itself.");
        }

        _relatedLinks.Clear();
        for (var position = 0; position < links.Count; position++)
        {
            _relatedLinks.Add(RelatedLink.Create(Id, position, links[position]));
        }

        Touch(now);
    }

    private void ChangeSlug(string slug, DateTime now)
    {
        if (slug == Slug)
        {
            return;
        }

        // Taking back a slug the article once had removes it from the history, so it never redirects to itself.
        _oldSlugs.RemoveAll(old => old.Slug == slug);
        if (Slug.Length > 0)
        {
            _oldSlugs.Add(new ArticleSlug(Id, Slug, now));
        }

        Slug = slug;
    }

    /// <summary>Keeps the listing copies of the publish date (used by the tag and author indexes) in step.</summary>
    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        var listedAt = IsPublished ? PublishedAt : null;
        foreach (var author in _authors)
        {
            author.PublishedAt = listedAt;
        }

        foreach (var tag in _tags)
        {
            tag.PublishedAt = listedAt;
        }
    }

    private static int CountWords(string html)
    {
        var text = WebUtility.HtmlDecode(Markup().Replace(html, " "));
        return Words().Count(text);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex Words();
}
