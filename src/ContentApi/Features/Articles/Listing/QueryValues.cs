using System.Globalization;
using System.Text.RegularExpressions;
using ContentApi.Domain.Articles;
using ContentApi.Infrastructure.Errors;

namespace ContentApi.Features.Articles.Listing;

/// <summary>Parsing of query-string values, each failure a 400 that names the parameter and what it accepts.</summary>
public static partial class QueryValues
{
    public static readonly IReadOnlyDictionary<string, ArticleType> ArticleTypes =
        Enum.GetValues<ArticleType>().ToDictionary(type => type.ToString().ToLowerInvariant(), type => type, StringComparer.OrdinalIgnoreCase);

    /// <summary>A 400 for any query parameter the route does not take, so a typo never silently widens a query.</summary>
    public static void RejectUnknown(HttpContext http, params IReadOnlyCollection<string> names)
    {
        foreach (var name in http.Request.Query.Keys)
        {
            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var accepted = names.Count == 0 ? "no query parameters" : string.Join(", ", names);
                throw new ValidationProblemException(name, $"'{name}' is not a parameter of this route. It takes: {accepted}.");
            }
        }
    }

    public static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    public static int? Integer(string? value, string parameter, int minimum, int maximum)
    {
        if (IsBlank(value))
        {
            return null;
        }

        return int.TryParse(value!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum
            ? number
            : throw new ValidationProblemException(parameter, $"{parameter} must be a whole number from {minimum} to {maximum}.");
    }

    /// <summary>A comma list of known names (case-insensitive), each mapped to its value; duplicates collapse.</summary>
    public static IReadOnlyList<T> List<T>(string? value, string parameter, IReadOnlyDictionary<string, T> known)
    {
        if (IsBlank(value))
        {
            return [];
        }

        var result = new List<T>();
        foreach (var term in value!.Split(',').Select(term => term.Trim()))
        {
            if (!known.TryGetValue(term, out var item))
            {
                var shown = term.Length > 40 ? term[..40] + "…" : term;
                throw new ValidationProblemException(parameter, $"'{shown}' is not accepted here. {parameter} takes a comma list of: {string.Join(", ", known.Keys)}.");
            }

            if (!result.Contains(item))
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>
    /// A date (2012-10-10, the whole UTC day: its first instant, or with <paramref name="endOfDay"/> its last) or an
    /// ISO-8601 date-time (with Z or an offset; none means UTC).
    /// </summary>
    public static DateTime? Date(string? value, string parameter, bool endOfDay)
    {
        if (IsBlank(value))
        {
            return null;
        }

        var text = value!.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var start = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            return endOfDay ? start.AddDays(1).AddTicks(-1) : start;
        }

        if (IsoDateTime().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
        {
            return moment.UtcDateTime;
        }

        var hint = text.Contains(' ', StringComparison.Ordinal) ? " (a '+' in a URL reads as a space: write it %2B, or use Z)" : "";
        throw new ValidationProblemException(parameter,
            $"'{(text.Length > 40 ? text[..40] + "…" : text)}' is not a date: use 2012-10-10 or 2012-10-10T14:05:00Z{hint}.");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?\z")]
    private static partial Regex IsoDateTime();
}
