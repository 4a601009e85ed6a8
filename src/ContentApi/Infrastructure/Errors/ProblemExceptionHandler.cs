using System.Text.Json;
using ContentApi.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ContentApi.Infrastructure.Errors;

/// <summary>
/// Turns every exception into an RFC 9457 problem: input errors into 4xx that say what to fix, an unreachable
/// database into 503 with Retry-After, anything else into a 500 that shows no internals outside Development.
/// </summary>
internal sealed partial class ProblemExceptionHandler(
    IProblemDetailsService problemDetails, IHostEnvironment environment, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Describe(exception, httpContext);
        if (problem.Status >= 500)
        {
            if (problem.Status == StatusCodes.Status503ServiceUnavailable)
            {
                LogDatabaseUnavailable(logger, exception.GetBaseException().Message);
                httpContext.Response.Headers.RetryAfter = "5";
            }
            else
            {
                LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
                if (environment.IsDevelopment())
                {
                    problem.Detail = exception.ToString();
                }
            }
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Describe(Exception exception, HttpContext context) => exception switch
    {
        ValidationProblemException validation => new HttpValidationProblemDetails(validation.Errors)
        {
            Status = validation.Status, Title = validation.Title, Detail = validation.Message,
        },
        ProblemException problem => new ProblemDetails { Status = problem.Status, Title = problem.Title, Detail = problem.Message },
        DomainRuleException rule => new HttpValidationProblemDetails(new Dictionary<string, string[]> { [rule.Field] = [rule.Message] })
        {
            Status = 400, Title = "One or more validation errors occurred.", Detail = rule.Message,
        },
        BadHttpRequestException badRequest => BadRequestProblem.From(badRequest, context),
        JsonException json => BadRequestProblem.FromJson(json),
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = 412, Title = "Precondition failed",
            Detail = "Someone else changed this resource since you read it. GET it again, re-apply your change and send the new ETag in If-Match.",
        },
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique } => new ProblemDetails
        {
            Status = 409, Title = "Conflict", Detail = $"That value is already taken ({unique.ConstraintName}).",
        },
        DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } } => new ProblemDetails
        {
            Status = 409, Title = "Conflict",
            Detail = "Something this write refers to was deleted while it ran (an author, tag or article). Check the references and retry.",
        },
        _ when IsDatabaseUnavailable(exception) => new ProblemDetails
        {
            Status = 503, Title = "Service unavailable", Detail = "The database cannot be reached right now. Retry in a few seconds.",
        },
        OperationCanceledException when context.RequestAborted.IsCancellationRequested => new ProblemDetails
        {
            Status = 499, Title = "Client closed request", Detail = "The request was cancelled by the client.",
        },
        _ => new ProblemDetails { Status = 500, Title = "Internal server error", Detail = "Something went wrong on our side; it has been logged." },
    };

    /// <summary>Connection failures, timeouts and an exhausted retry strategy all mean "the database is away".</summary>
    private static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case NpgsqlException { IsTransient: true }:
                case NpgsqlException { InnerException: System.Net.Sockets.SocketException or TimeoutException or IOException }:
                case RetryLimitExceededException:
                case TimeoutException:
                case PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.TooManyConnections }:
                    return true;
            }
        }

        return exception is InvalidOperationException && exception.Message.Contains("transient failure", StringComparison.Ordinal);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable: {Reason}")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string reason);
}
