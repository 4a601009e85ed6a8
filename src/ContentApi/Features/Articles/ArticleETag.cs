namespace ContentApi.Features.Articles;

/// <summary>An article's ETag for editors: its row version, so If-Match can say "the version I read".</summary>
public static class ArticleETag
{
    public static string From(uint version) => $"\"{version}\"";

    /// <summary>Reads an If-Match value back into a version; null when it is not one of ours.</summary>
    public static uint? Parse(string? ifMatch)
    {
        var value = ifMatch?.Trim();
        if (value is null || value.Length < 3 || value[0] != '"' || value[^1] != '"')
        {
            return null;
        }

        return uint.TryParse(value.AsSpan(1, value.Length - 2), out var version) ? version : null;
    }
}
