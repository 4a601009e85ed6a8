using ContentApi.Domain.Authors;
using ContentApi.Infrastructure.Validation;
using FluentValidation;
using Mapster;

namespace ContentApi.Features.Authors;

/// <summary>An author as editors write one (POST and PUT).</summary>
public sealed record AuthorRequest
{
    /// <summary>1–200 characters.</summary>
    /// <example>Ana Reporter</example>
    public required string Name { get; init; }

    /// <summary>Lower-case words joined by hyphens, ≤ 120, unique. Left out: made from the name on create, unchanged on replace.</summary>
    /// <example>ana-reporter</example>
    public string? Slug { get; init; }

    /// <summary>≤ 5000 characters.</summary>
    public string Bio { get; init; } = "";

    /// <summary>What the author does here, ≤ 200 characters.</summary>
    /// <example>Senior Investigator</example>
    public string Role { get; init; } = "";

    /// <summary>An absolute http(s) URL.</summary>
    public string? AvatarUrl { get; init; }

    /// <summary>Up to 20 profile links.</summary>
    public IReadOnlyList<AuthorLinkRequest> Links { get; init; } = [];
}

/// <summary>A link on an author's profile.</summary>
public sealed record AuthorLinkRequest
{
    /// <example>Website</example>
    public required string Label { get; init; }

    /// <example>https://ana.example.com</example>
    public required string Url { get; init; }
}

public sealed class AuthorRequestValidator : AbstractValidator<AuthorRequest>
{
    public const int MaxLinks = 20;

    public AuthorRequestValidator()
    {
        RuleFor(author => author.Name).Text(200);
        RuleFor(author => author.Slug).SlugFormat();
        RuleFor(author => author.Bio).MaxChars(5000);
        RuleFor(author => author.Role).MaxChars(200);
        RuleFor(author => author.AvatarUrl).HttpUrl();
        RuleFor(author => author.Links).Must(links => links.Count <= MaxLinks).WithMessage($"An author has at most {MaxLinks} links.");
        RuleForEach(author => author.Links).ChildRules(link =>
        {
            link.RuleFor(l => l.Label).Text(100);
            link.RuleFor(l => l.Url).HttpUrl();
        });
    }
}

public sealed class AuthorMappings : IRegister
{
    public void Register(TypeAdapterConfig config) => config.NewConfig<AuthorLinkRequest, AuthorLink>();
}
