using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ContentApi.Features.Articles;
using ContentApi.Infrastructure.Site;

namespace ContentApi.Features.Syndication.Feeds;

/// <summary>A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/); member names are the spec's snake_case.</summary>
public sealed record JsonFeedDocument(
    string Version,
    string Title,
    string HomePageUrl,
    string FeedUrl,
    string Description,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Language,
    IReadOnlyList<JsonFeedAuthor> Authors,
    IReadOnlyList<JsonFeedItem> Items);

public sealed record JsonFeedAuthor(
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url);

/// <summary>One article; <c>_license</c> is an extension (JSON Feed lets publishers add members that start with "_").</summary>
public sealed record JsonFeedItem(
    string Id,
    string Url,
    string Title,
    string ContentHtml,
    string Summary,
    DateTime? DatePublished,
    DateTime DateModified,
    IReadOnlyList<JsonFeedAuthor> Authors,
    IReadOnlyList<string> Tags,
    string Language,
    [property: JsonPropertyName("_license")] JsonFeedLicense License);

public sealed record JsonFeedLicense(string Name, string Url);

public static class JsonFeed
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,

        // Served as application/feed+json, never inlined in a page: HTML needs no \u003C escapes here.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(FeedHeader header, IReadOnlyList<ArticleResponse> articles, SiteOptions site)
    {
        var document = new JsonFeedDocument(
            Version, header.Title, site.BaseUrl, header.SelfUrl, header.Description, header.Language,
            [new JsonFeedAuthor(site.PublisherName, site.BaseUrl)],
            [.. articles.Select(article => new JsonFeedItem(
                article.Id.ToString(),
                article.CanonicalUrl,
                article.Title,
                Attribution.Wrap(article, site),
                article.Summary,
                article.PublishedAt,
                article.UpdatedAt,
                [.. article.Authors.Select(author => new JsonFeedAuthor(author.Name, null))],
                [.. article.Tags.Select(tag => tag.Name)],
                article.Language,
                new JsonFeedLicense(site.LicenseName, site.LicenseUrl)))]);
        return JsonSerializer.SerializeToUtf8Bytes(document, Options);
    }
}
