using System.Text;
using ContentApi.Domain.Common;
using FluentValidation;

namespace ContentApi.Infrastructure.Validation;

/// <summary>Rules several requests share, each with the message a person can act on.</summary>
public static class ValidationRules
{
    public const int MaxUrlLength = 2048;

    /// <summary>An absolute http or https URL of at most 2048 characters.</summary>
    public static IRuleBuilderOptions<T, string?> HttpUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(url => url is null || (url.Length <= MaxUrlLength && IsHttpUrl(url)))
            .WithMessage($"Must be an absolute http or https URL of at most {MaxUrlLength} characters.");

    /// <summary>A slug: lower-case letters and digits joined by single hyphens, at most 120 characters.</summary>
    public static IRuleBuilderOptions<T, string?> SlugFormat<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(slug => slug is null || Slug.IsValid(slug))
            .WithMessage($"A slug is lower-case letters and digits joined by single hyphens (e.g. \"policia-en-la-frontera\"), at most {Slug.MaxLength} characters. Leave it out to make one from the title.");

    /// <summary>Text of 1–<paramref name="max"/> characters that is not only white space.</summary>
    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int max) =>
        rule.Must(text => !string.IsNullOrWhiteSpace(text) && text.Length <= max)
            .WithMessage($"Must be 1–{max} characters, not only spaces.");

    public static IRuleBuilderOptions<T, string?> MaxChars<T>(this IRuleBuilder<T, string?> rule, int max) =>
        rule.Must(text => text is null || text.Length <= max).WithMessage($"Must be at most {max} characters.");

    public static IRuleBuilderOptions<T, string?> MaxUtf8Bytes<T>(this IRuleBuilder<T, string?> rule, int maxBytes, string limit) =>
        rule.Must(text => text is null || Encoding.UTF8.GetByteCount(text) <= maxBytes).WithMessage($"Must be at most {limit}.");

    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;
}
