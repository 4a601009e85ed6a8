using ContentApi.Infrastructure.Errors;

namespace ContentApi.Features.Articles.Listing;

/// <summary>The prefix search and name-ordered cursor paging shared by the author and tag lists (editors' pickers).</summary>
public static class NameSearch
{
    public const int MaxLimit = 100;
    public const int MaxQueryLength = 100;

    /// <summary>
    /// The ILIKE pattern for names starting with <paramref name="q"/> (matched against unaccent(name), so "peru" finds
    /// "Perú"), with LIKE's wildcards escaped so they are just characters; null when there is no search.
    /// </summary>
    public static string? Pattern(string? q)
    {
        if (QueryValues.IsBlank(q))
        {
            return null;
        }

        if (q!.Length > MaxQueryLength)
        {
            throw new ValidationProblemException("q", $"q is at most {MaxQueryLength} characters.");
        }

        var text = new string([.. q.Trim().Where(character => !char.IsControl(character))]);
        var escaped = text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
        return RemoveAccents(escaped) + "%";
    }

    /// <summary>Drops the extra row read to learn whether there is a next page, and returns that page's cursor.</summary>
    public static string? NextCursor<T>(List<T> rows, int size, Func<T, CursorPosition> position, string sortKey, string filterKey, Cursor cursors, HttpContext http)
    {
        if (rows.Count <= size)
        {
            return null;
        }

        rows.RemoveAt(rows.Count - 1);
        var next = cursors.Encode(sortKey, filterKey, position(rows[^1]));
        ArticleListing.AddNextLink(http, ("cursor", next));
        return next;
    }

    /// <summary>The pattern side of unaccent(name) ILIKE pattern, done here so it stays a plain parameter.</summary>
    private static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        return new string([.. decomposed.Where(character =>
            System.Globalization.CharUnicodeInfo.GetUnicodeCategory(character) != System.Globalization.UnicodeCategory.NonSpacingMark)]).Normalize(System.Text.NormalizationForm.FormC);
    }
}
