using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContentApi.Domain.Common;

/// <summary>URL slugs: lower-case ASCII words joined by hyphens, made from titles by transliterating accents.</summary>
public static partial class Slug
{
    public const int MaxLength = 120;

    public static bool IsValid(string? slug) =>
        slug is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(slug);

    /// <summary>"Policía en la frontera" → "policia-en-la-frontera". Returns "" when nothing slug-worthy is left.</summary>
    public static string FromTitle(string title)
    {
        var builder = new StringBuilder(title.Length);
        var pendingHyphen = false;
        foreach (var character in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var ascii = Transliterate(char.ToLowerInvariant(character));
            if (ascii.Length == 0)
            {
                pendingHyphen = builder.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                builder.Append('-');
                pendingHyphen = false;
            }

            builder.Append(ascii);
        }

        return Truncate(builder.ToString());
    }

    /// <summary>Appends "-2", "-3" … while keeping within <see cref="MaxLength"/>.</summary>
    public static string WithSuffix(string slug, int number)
    {
        var suffix = "-" + number.ToString(CultureInfo.InvariantCulture);
        return Truncate(slug, MaxLength - suffix.Length) + suffix;
    }

    private static string Transliterate(char character) => character switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => character.ToString(),
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'đ' or 'ð' => "d",
        'ł' => "l",
        'þ' => "th",
        '&' => "and",
        _ => "",
    };

    private static string Truncate(string slug, int maxLength = MaxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        // Cut at the last hyphen so no word is chopped in half.
        var cut = slug.LastIndexOf('-', maxLength);
        return (cut > 0 ? slug[..cut] : slug[..maxLength]).Trim('-');
    }

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex Pattern();
}
