using System.Reflection;
using FluentValidation;
using FluentValidation.Results;
using ContentApi.Infrastructure.Errors;

namespace ContentApi.Infrastructure.Validation;

/// <summary>
/// Runs the FluentValidation validator of every handler parameter that has one, before the handler, and declares the
/// 400 in OpenAPI. Applied once per route group; handlers never validate input by hand.
/// </summary>
public static class ValidationFilter
{
    public static TBuilder WithValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var method = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault();
            if (method is null)
            {
                return;
            }

            var validated = ValidatedParameters(method, endpoint.ApplicationServices);
            if (validated.Count == 0)
            {
                return;
            }

            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(
                StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
            endpoint.FilterFactories.Add((_, next) => async invocation =>
            {
                foreach (var (index, validatorType) in validated)
                {
                    if (invocation.Arguments[index] is { } argument)
                    {
                        var validator = (IValidator)invocation.HttpContext.RequestServices.GetRequiredService(validatorType);
                        var result = await validator.ValidateAsync(new ValidationContext<object>(argument), invocation.HttpContext.RequestAborted);
                        ThrowIfInvalid(result);
                    }
                }

                return await next(invocation);
            });
        });
        return builder;
    }

    /// <summary>Throws a 400 problem whose <c>errors</c> are keyed by camelCase paths ("relatedLinks[2].url").</summary>
    public static void ThrowIfInvalid(ValidationResult result)
    {
        if (result.IsValid)
        {
            return;
        }

        var errors = result.Errors
            .GroupBy(error => CamelCasePath(error.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(error => error.ErrorMessage).Distinct().ToArray());
        throw new ValidationProblemException(errors);
    }

    /// <summary>"RelatedLinks[2].Url" → "relatedLinks[2].url".</summary>
    public static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));

    private static List<(int Index, Type ValidatorType)> ValidatedParameters(MethodInfo method, IServiceProvider services)
    {
        var registered = services.GetRequiredService<IServiceProviderIsService>();
        var parameters = method.GetParameters();
        var validated = new List<(int, Type)>();
        for (var index = 0; index < parameters.Length; index++)
        {
            var validatorType = typeof(IValidator<>).MakeGenericType(parameters[index].ParameterType);
            if (registered.IsService(validatorType))
            {
                validated.Add((index, validatorType));
            }
        }

        return validated;
    }
}
