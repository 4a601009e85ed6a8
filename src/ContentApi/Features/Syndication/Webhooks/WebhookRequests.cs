using System.Text.Json;
using ContentApi.Domain.Webhooks;
using ContentApi.Infrastructure.Errors;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Syndication.Webhooks;

/// <summary>A partner's endpoint to register.</summary>
/// <param name="Url" example="https://partner.example/hooks/contentapi">Where deliveries are POSTed: an absolute http or https URL without credentials in it.</param>
/// <param name="Events" example="[&quot;article.published&quot;,&quot;article.updated&quot;,&quot;article.unpublished&quot;,&quot;article.deleted&quot;]">Any of article.published, article.updated, article.unpublished, article.deleted.</param>
/// <param name="Secret" example="a-long-random-secret-only-you-and-we-know">16–200 characters to sign deliveries with; left out, one is generated and returned once.</param>
public sealed record CreateWebhookRequest(string Url, IReadOnlyList<string> Events, string? Secret = null);

internal sealed class CreateWebhookValidator : AbstractValidator<CreateWebhookRequest>
{
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 200;

    public CreateWebhookValidator(IOptions<WebhookOptions> options)
    {
        RuleFor(request => request.Url)
            .NotEmpty().WithMessage("A URL is required.")
            .MaximumLength(2048)
            .Must(BeADeliverableUrl).WithMessage("Use an absolute http or https URL, without a user name or password in it.")
            .Must(url => options.Value.AllowPrivateNetworks || !WebhookAddresses.NamesAPrivateHost(new Uri(url)))
            .When(request => BeADeliverableUrl(request.Url ?? ""), ApplyConditionTo.CurrentValidator)
            .WithMessage("Webhooks are delivered to public addresses; this one is private, loopback or link-local.");
        RuleFor(request => request.Events)
            .NotEmpty().WithMessage($"Choose at least one event: {string.Join(", ", WebhookEvents.All)}.");
        RuleForEach(request => request.Events)
            .Must(name => WebhookEvents.All.Contains(name)).WithMessage((_, name) => $"'{name}' is not an event; use {string.Join(", ", WebhookEvents.All)}.");
        RuleFor(request => request.Secret!)
            .Length(MinSecretLength, MaxSecretLength).WithMessage($"A secret is {MinSecretLength}–{MaxSecretLength} characters.")
            .When(request => request.Secret is not null);
    }

    /// <summary>Credentials in a URL end up in logs and delivery records; partners authenticate us by the signature instead.</summary>
    private static bool BeADeliverableUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.UserInfo.Length == 0
        && uri.Host.Length > 0;
}

/// <summary>Turns a FluentValidation result into the 400 every route answers, with camelCase field paths.</summary>
internal static class RequestValidation
{
    public static async Task ValidateOrThrowAsync<T>(this IValidator<T> validator, T request, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(request, cancellationToken);
        if (!result.IsValid)
        {
            throw new ValidationProblemException(Errors(result));
        }
    }

    private static Dictionary<string, string[]> Errors(ValidationResult result) => result.Errors
        .GroupBy(failure => CamelCasePath(failure.PropertyName))
        .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray());

    private static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(segment => JsonNamingPolicy.CamelCase.ConvertName(segment)));
}
