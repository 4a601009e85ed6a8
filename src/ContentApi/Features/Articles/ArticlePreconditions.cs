using ContentApi.Infrastructure.Errors;

namespace ContentApi.Features.Articles;

/// <summary>If-Match on writes to an existing article: without it 428, with an ETag that is not the current one 412.</summary>
public static class ArticlePreconditions
{
    public const string IfMatchDescription =
        "The article's ETag from your last GET or write (e.g. \"12345\"). Required: without it 428, when someone saved since 412.";

    /// <summary>The version the caller last saw; 428 when it sent none.</summary>
    public static uint RequireIfMatch(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw new ProblemException(StatusCodes.Status428PreconditionRequired, "Precondition required",
                "Changing an article needs an If-Match header with its ETag (from your last GET or write of it), so no one's changes are overwritten unseen.");
        }

        if (ifMatch.Trim() == "*")
        {
            throw new ProblemException(StatusCodes.Status428PreconditionRequired, "Precondition required",
                "If-Match: * would overwrite whatever is there; send the article's ETag instead.");
        }

        return ArticleETag.Parse(ifMatch) ?? throw Stale();
    }

    public static ProblemException Stale() => new(StatusCodes.Status412PreconditionFailed, "Precondition failed",
        "The article changed since you read it (your If-Match is not its current ETag). GET it again, re-apply your change and send the new ETag.");
}
