using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace ContentApi.Infrastructure.Errors;

public static class ProblemDetailsSetup
{
    public static IServiceCollection AddContentApiProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
            problem.Instance ??= context.HttpContext.Request.Path;
            if (problem.Detail is null && problem.Status is { } status)
            {
                problem.Detail = DefaultDetail(status, context.HttpContext);
            }
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();

        // Binding failures (an unparsable route or query value, malformed JSON) reach the exception handler, which
        // names the parameter, instead of ending as an empty 400 outside Development.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    private static string DefaultDetail(int status, HttpContext context) => status switch
    {
        StatusCodes.Status404NotFound => $"Nothing is at {context.Request.Path}. The routes are listed at /swagger.",
        StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {context.Request.Path}.",
        StatusCodes.Status401Unauthorized => "Send a valid API key in the X-Api-Key header.",
        StatusCodes.Status403Forbidden => "Your API key's role does not allow this.",
        StatusCodes.Status415UnsupportedMediaType => HttpMethods.IsPatch(context.Request.Method)
            ? "Send a PATCH as a JSON merge patch: Content-Type: application/merge-patch+json."
            : "Send the body as application/json.",
        _ => ReasonPhrases(status, context),
    };

    private static string ReasonPhrases(int status, HttpContext context) =>
        context.Features.Get<IHttpResponseFeature>()?.ReasonPhrase
        ?? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
