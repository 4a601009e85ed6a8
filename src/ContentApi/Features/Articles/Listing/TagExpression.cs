using ContentApi.Infrastructure.Errors;

namespace ContentApi.Features.Articles.Listing;

/// <summary>
/// The <c>tag</c> filter: comma-separated groups that must all match, each group a <c>|</c>-separated list of which
/// any may match, and <c>-slug</c> groups that must not match. <c>peru,cocaine|coca,-opinion</c> = has peru, and
/// cocaine or coca, and not opinion.
/// </summary>
public sealed record TagExpression(IReadOnlyList<IReadOnlyList<string>> AllOf, IReadOnlyList<string> NoneOf)
{
    public const int MaxTerms = 20;

    public int TermCount => AllOf.Sum(group => group.Count) + NoneOf.Count;

    /// <summary>One canonical spelling per meaning, so equal filters share cursors and cached counts.</summary>
    public string Normalized =>
        string.Join(",", AllOf.Select(group => string.Join("|", group.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)
            .Concat(NoneOf.Order(StringComparer.Ordinal).Select(slug => "-" + slug)));

    public static TagExpression Parse(string value, string parameter)
    {
        var allOf = new List<IReadOnlyList<string>>();
        var noneOf = new List<string>();
        foreach (var rawGroup in value.Split(','))
        {
            var terms = rawGroup.Split('|').Select(term => term.Trim()).ToList();
            if (terms.Any(term => term.Length == 0))
            {
                throw Invalid(parameter, $"'{value}' has an empty term. Write slugs joined by ',' (and), '|' (or) and a leading '-' (not), e.g. peru,cocaine|coca.");
            }

            if (terms.Any(term => term.StartsWith('-')))
            {
                if (terms.Count > 1)
                {
                    throw Invalid(parameter, $"'{rawGroup.Trim()}' mixes '-' (not) with '|' (or); a negated slug stands alone between commas, e.g. peru,-opinion.");
                }

                noneOf.Add(Slug(terms[0][1..], parameter));
            }
            else
            {
                allOf.Add([.. terms.Select(term => Slug(term, parameter)).Distinct()]);
            }
        }

        var expression = new TagExpression(allOf, [.. noneOf.Distinct()]);
        if (expression.TermCount > MaxTerms)
        {
            throw Invalid(parameter, $"At most {MaxTerms} slugs in one filter (this one has {expression.TermCount}).");
        }

        return expression;
    }

    /// <summary>Anything that is not slug-shaped can't name a tag; a well-formed unknown slug is just an empty result.</summary>
    internal static string Slug(string term, string parameter) => Domain.Common.Slug.IsValid(term) && term.Length <= 120
        ? term
        : throw Invalid(parameter, $"'{Truncate(term)}' is not a slug: lower-case letters and digits joined by single hyphens.");

    private static string Truncate(string value) => value.Length > 60 ? value[..60] + "…" : value;

    private static ValidationProblemException Invalid(string parameter, string message) => new(parameter, message);
}
