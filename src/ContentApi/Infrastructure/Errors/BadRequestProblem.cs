using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace ContentApi.Infrastructure.Errors;

/// <summary>
/// Rewrites the framework's binding and JSON errors into problems a person can act on: which member or parameter,
/// and what it accepts — without .NET type names or stack traces.
/// </summary>
internal static partial class BadRequestProblem
{
    private const string ValidationTitle = "One or more validation errors occurred.";
    private static readonly string[] RequiredMessage = ["This member is required."];

    public static ProblemDetails From(BadHttpRequestException exception, HttpContext context)
    {
        if (exception.InnerException is JsonException json)
        {
            return FromJson(json);
        }

        var message = exception.Message;
        if (BindFailure().Match(message) is { Success: true } bind)
        {
            var name = bind.Groups["name"].Value;
            var accepts = Describe(bind.Groups["type"].Value);
            return Invalid(name, $"'{bind.Groups["value"].Value}' is not {accepts}.");
        }

        if (MissingParameter().Match(message) is { Success: true } missing)
        {
            return Invalid(missing.Groups["name"].Value, "This parameter is required.");
        }

        return exception.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => new ProblemDetails
            {
                Status = 413, Title = "Payload too large", Detail = "The request body is over the 1 MiB limit.",
            },
            StatusCodes.Status415UnsupportedMediaType => new ProblemDetails
            {
                Status = 415, Title = "Unsupported media type",
                Detail = $"Send the body as application/json (got '{context.Request.ContentType ?? "nothing"}').",
            },
            _ => new ProblemDetails { Status = exception.StatusCode, Title = "Bad request", Detail = "The request could not be read." },
        };
    }

    public static ProblemDetails FromJson(JsonException exception)
    {
        var message = exception.Message;
        var path = FieldPath(exception.Path);

        if (UnknownMember().Match(message) is { Success: true } unknown)
        {
            var member = Join(path, unknown.Groups["name"].Value);
            return Invalid(member, $"'{unknown.Groups["name"].Value}' is not a member of this request. Check its spelling; unknown members are never ignored.");
        }

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            var errors = missing.Groups["names"].Value.Split(", ")
                .Select(name => Join(path, name.Trim('\'')))
                .ToDictionary(name => name, _ => RequiredMessage);
            return new HttpValidationProblemDetails(errors) { Status = 400, Title = ValidationTitle, Detail = $"Missing required members: {string.Join(", ", errors.Keys)}." };
        }

        if (NullNotAllowed().Match(message) is { Success: true } nullMember)
        {
            return Invalid(Join(path, nullMember.Groups["name"].Value), "This member cannot be null.");
        }

        if (ConvertFailure().Match(message) is { Success: true } convert)
        {
            return Invalid(path.Length == 0 ? "body" : path, $"Expected {Describe(convert.Groups["type"].Value)}.");
        }

        var position = exception.LineNumber is { } line
            ? $" (line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1})"
            : "";
        return new ProblemDetails
        {
            Status = 400,
            Title = "Malformed JSON",
            Detail = $"The body is not valid JSON{position}: {TrimPathSuffix(message)}",
        };
    }

    private static HttpValidationProblemDetails Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = 400,
            Title = ValidationTitle,
            Detail = $"{field}: {message}",
        };

    /// <summary>"$.relatedLinks[2].url" → "relatedLinks[2].url".</summary>
    private static string FieldPath(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "" : jsonPath.TrimStart('$').TrimStart('.');

    private static string Join(string path, string name)
    {
        var camel = name.Length > 0 ? char.ToLowerInvariant(name[0]) + name[1..] : name;
        if (path.Length == 0)
        {
            return camel;
        }

        // The reader stops at the member itself, so the path may already end with it.
        return path == camel || path.EndsWith("." + camel, StringComparison.Ordinal) ? path : $"{path}.{camel}";
    }

    private static string Describe(string dotnetType)
    {
        var type = dotnetType.TrimEnd('?').Replace("System.", "", StringComparison.Ordinal);
        if (type.StartsWith("Nullable`1[", StringComparison.Ordinal))
        {
            type = type["Nullable`1[".Length..].TrimEnd(']').Replace("System.", "", StringComparison.Ordinal);
        }

        return type switch
        {
            "int" or "Int32" or "long" or "Int64" or "short" or "Int16" => "a whole number",
            "decimal" or "Decimal" or "double" or "Double" or "float" or "Single" => "a number",
            "bool" or "Boolean" => "true or false",
            "Guid" => "a UUID such as 0193d7a0-5b1c-7c3e-9a6f-1e2d3c4b5a69",
            "DateTime" or "DateTimeOffset" => "an ISO-8601 date-time such as 2012-10-10T14:05:00Z",
            "DateOnly" => "a date such as 2012-10-10",
            "string" or "String" => "a string",
            _ when type.Contains("List", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) => "an array",
            _ when type.StartsWith("ContentApi.Domain", StringComparison.Ordinal) => DomainEnumValues(type) ?? "one of the documented values",
            _ => "a value of the documented type",
        };
    }

    /// <summary>"ContentApi.Domain.Keys.ApiKeyRole" → "one of: reader, editor, admin".</summary>
    private static string? DomainEnumValues(string typeName) =>
        typeof(Domain.Common.Slug).Assembly.GetType(typeName) is { IsEnum: true } type
            ? "one of: " + string.Join(", ", Enum.GetNames(type).Select(name => JsonNamingPolicy.CamelCase.ConvertName(name)))
            : null;

    private static string TrimPathSuffix(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    [GeneratedRegex("""^Failed to bind parameter "(?<type>\S+) (?<name>[^"]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("""^Required parameter "\S+ (?<name>[^"]+)" was not provided""")]
    private static partial Regex MissingParameter();

    [GeneratedRegex("The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex("missing required properties,? including: (?<names>.+?)\\.?$", RegexOptions.Singleline)]
    private static partial Regex MissingRequired();

    [GeneratedRegex("property or field '(?<name>[^']+)' on type '[^']+' doesn't allow (setting|getting) null")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex("could not be converted to (?<type>[^.\\s]+(\\.[^.\\s]+)*?)\\. Path")]
    private static partial Regex ConvertFailure();
}
