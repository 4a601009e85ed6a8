using ContentApi.Domain.Articles;
using ContentApi.Infrastructure.Site;
using ContentApi.Infrastructure.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Articles;

public sealed class ArticleRequestValidator : AbstractValidator<ArticleRequest>
{
    public const int MaxTitle = 300;
    public const int MaxSummary = 1000;
    public const int MaxBodyBytes = 512 * 1024;

    public ArticleRequestValidator(IOptions<SiteOptions> site)
    {
        var languages = site.Value.SupportedLanguages;
        RuleFor(article => article.Title).Text(MaxTitle);
        RuleFor(article => article.Slug).SlugFormat();
        RuleFor(article => article.Type).IsInEnum().WithMessage("Must be brief, news, analysis, investigation, report or organization.");
        RuleFor(article => article.Summary).MaxChars(MaxSummary);
        RuleFor(article => article.BodyHtml).MaxUtf8Bytes(MaxBodyBytes, "512 KiB");
        RuleFor(article => article.Language)
            .Must(language => language is null || languages.Contains(language))
            .WithMessage($"Must be one of the configured languages: {string.Join(", ", languages)}.");

        RuleFor(article => article.AuthorIds)
            .Must(ids => ids.Count is >= 1 and <= Article.MaxAuthors)
            .WithMessage($"An article needs 1–{Article.MaxAuthors} authors.")
            .Must(ids => ids.Distinct().Count() == ids.Count)
            .WithMessage("An author is listed twice.");
        RuleForEach(article => article.AuthorIds).NotEqual(Guid.Empty).WithMessage("Must be an author's id, not the empty UUID.");

        RuleFor(article => article.TagIds)
            .Must(ids => ids.Count <= Article.MaxTags)
            .WithMessage($"An article has at most {Article.MaxTags} tags.")
            .Must(ids => ids.Distinct().Count() == ids.Count)
            .WithMessage("A tag is listed twice.");
        RuleForEach(article => article.TagIds).NotEqual(Guid.Empty).WithMessage("Must be a tag's id, not the empty UUID.");

        RuleFor(article => article.PrimaryTagId)
            .Must((article, primary) => primary is null || article.TagIds.Contains(primary.Value))
            .WithMessage("The primary tag must be one of tagIds.");
        RuleFor(article => article.TranslationOf).NotEqual(Guid.Empty).WithMessage("Must be an article's id, not the empty UUID.");
    }
}

public sealed class PublishRequestValidator : AbstractValidator<PublishRequest>
{
    private static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public PublishRequestValidator() =>
        RuleFor(request => request.PublishAt)
            .Must(at => at is null || (at >= Earliest && at < Latest))
            .WithMessage("Must be a date-time between 1900 and 2100.");
}

public sealed class RelatedLinkRequestValidator : AbstractValidator<RelatedLinkRequest>
{
    public RelatedLinkRequestValidator()
    {
        RuleFor(link => link.ArticleId)
            .Must((link, id) => id is null != link.Url is null)
            .WithMessage("A link has either an articleId or a url, not both and not neither.")
            .NotEqual(Guid.Empty).WithMessage("Must be an article's id, not the empty UUID.");
        RuleFor(link => link.Url).HttpUrl();
        RuleFor(link => link.Title).Text(ArticleRequestValidator.MaxTitle).When(link => link.Url is not null || link.Title is not null);
    }
}

/// <summary>The body of PUT …/links: the whole ordered list, its errors keyed <c>relatedLinks[i].member</c>.</summary>
public sealed class RelatedLinksValidator : AbstractValidator<List<RelatedLinkRequest>>
{
    public RelatedLinksValidator()
    {
        RuleFor(links => links)
            .Must(links => links.Count <= Article.MaxRelatedLinks)
            .WithMessage($"An article has at most {Article.MaxRelatedLinks} related links.")
            .OverridePropertyName("relatedLinks");
        RuleForEach(links => links).SetValidator(new RelatedLinkRequestValidator()).OverridePropertyName("relatedLinks");
    }
}
