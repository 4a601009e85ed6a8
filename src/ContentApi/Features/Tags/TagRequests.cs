using ContentApi.Domain.Tags;
using ContentApi.Infrastructure.Validation;
using FluentValidation;

namespace ContentApi.Features.Tags;

/// <summary>A tag as editors write one (POST and PUT).</summary>
public sealed record TagRequest
{
    /// <summary>1–200 characters.</summary>
    /// <example>Peru</example>
    public required string Name { get; init; }

    /// <summary>Lower-case words joined by hyphens, ≤ 120, unique. Left out: made from the name on create, unchanged on replace.</summary>
    /// <example>peru</example>
    public string? Slug { get; init; }

    /// <summary>country, topic, group (a criminal group) or person.</summary>
    /// <example>country</example>
    public required TagKind Kind { get; init; }

    /// <summary>≤ 5000 characters.</summary>
    public string Description { get; init; } = "";
}

public sealed class TagRequestValidator : AbstractValidator<TagRequest>
{
    public TagRequestValidator()
    {
        RuleFor(tag => tag.Name).Text(200);
        RuleFor(tag => tag.Slug).SlugFormat();
        RuleFor(tag => tag.Kind).IsInEnum().WithMessage("Must be country, topic, group or person.");
        RuleFor(tag => tag.Description).MaxChars(5000);
    }
}
