using ContentApi.Domain.Keys;
using FluentValidation;

namespace ContentApi.Features.Keys;

public sealed record CreateKeyRequest
{
    /// <summary>Who or what uses the key, 1–200 characters; it appears in the audit log.</summary>
    /// <example>Front-end site</example>
    public required string Name { get; init; }

    /// <summary>reader, editor or admin.</summary>
    /// <example>editor</example>
    public required ApiKeyRole Role { get; init; }
}

/// <summary>A key as listed: never its secret, only the prefix people recognise it by.</summary>
public sealed record ApiKeyResponse(
    Guid Id, string Name, ApiKeyRole Role, string Prefix, DateTime CreatedAt, DateTime? RevokedAt, DateTime? LastUsedAt, long RequestCount);

/// <summary>A new key with its secret: the only time the secret is shown.</summary>
public sealed record CreatedKeyResponse(Guid Id, string Name, ApiKeyRole Role, string Key);

public sealed class CreateKeyRequestValidator : AbstractValidator<CreateKeyRequest>
{
    public CreateKeyRequestValidator()
    {
        RuleFor(request => request.Name)
            .Must(name => !string.IsNullOrWhiteSpace(name) && name.Length <= 200)
            .WithMessage("Must be 1–200 characters, not only spaces.");
        RuleFor(request => request.Role).IsInEnum().WithMessage("Must be reader, editor or admin.");
    }
}
