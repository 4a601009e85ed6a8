namespace ContentApi.Infrastructure.Errors;

/// <summary>Ends a request with an RFC 9457 problem response; thrown where a typed result can't be returned.</summary>
public class ProblemException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;

    public static ProblemException Conflict(string detail) => new(StatusCodes.Status409Conflict, "Conflict", detail);

    public static ProblemException NotFound(string detail) => new(StatusCodes.Status404NotFound, "Not found", detail);
}

/// <summary>Invalid input: a 400 with <c>errors</c> keyed by camelCase field paths.</summary>
public sealed class ValidationProblemException(IDictionary<string, string[]> errors, string? detail = null)
    : ProblemException(StatusCodes.Status400BadRequest, "One or more validation errors occurred.", detail ?? FirstMessage(errors))
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public ValidationProblemException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    private static string FirstMessage(IDictionary<string, string[]> errors) =>
        errors.Count == 0 ? "The request is invalid." : $"{errors.First().Key}: {errors.First().Value.FirstOrDefault()}";
}
