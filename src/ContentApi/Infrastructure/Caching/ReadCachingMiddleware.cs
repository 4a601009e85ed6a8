using System.Security.Cryptography;
using ContentApi.Infrastructure.Auth;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Infrastructure.Caching;

/// <summary>Marks an endpoint as a content read: ETag, 304, Cache-Control, Surrogate-Key and the output cache apply.</summary>
public sealed class ContentReadMetadata
{
    public static readonly ContentReadMetadata Instance = new();
}

/// <summary>
/// HTTP caching of content reads. It sits inside the output cache, so what it adds is what the cache stores and
/// replays: a strong ETag (a hash of the body, unless the handler set one, as single articles do for editors with
/// their row version), <c>304</c> on a matching If-None-Match (or, with no If-None-Match, an If-Modified-Since not
/// before Last-Modified), Cache-Control by audience — anonymous: public, max-age, stale-while-revalidate; a reader
/// key: private (only that caller's own cache); an editor key: private, no-store — and Surrogate-Key on public
/// responses.
/// </summary>
public sealed class ReadCachingMiddleware(RequestDelegate next, IOptions<DeliveryOptions> options)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var isRead = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        if (!isRead || http.GetEndpoint()?.Metadata.GetMetadata<ContentReadMetadata>() is null)
        {
            await next(http);
            return;
        }

        var body = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = body;
        }

        var response = http.Response;
        var isPublic = ContentOutputCachePolicy.IsAnonymousRead(http) && !options.Value.RequireApiKey;
        if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status301MovedPermanently)
        {
            response.Headers.CacheControl = isPublic ? options.Value.PublicCacheControl
                : http.IsEditor() ? "private, no-store"
                : $"private, max-age={options.Value.MaxAgeSeconds}";
            response.Headers.Append(HeaderNames.Vary, ApiKeyDefaults.HeaderName);
            if (isPublic && SurrogateKeys.Of(http) is { } keys)
            {
                response.Headers[SurrogateKeys.Header] = keys;
            }
        }
        else if (response.Headers.CacheControl.Count == 0)
        {
            // A 404 must not be cached on the way: the article may be published a minute later.
            response.Headers.CacheControl = "no-store";
        }

        if (response.StatusCode == StatusCodes.Status200OK)
        {
            if (response.Headers.ETag.Count == 0)
            {
                response.Headers.ETag = $"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..16])}\"";
            }

            if (IsNotModified(http.Request, response))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentType = null;
                response.ContentLength = null;
                return;
            }
        }

        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(body, http.RequestAborted);
    }

    /// <summary>RFC 9110 §13.2.2: If-None-Match (weak comparison) decides when present; otherwise If-Modified-Since.</summary>
    private static bool IsNotModified(HttpRequest request, HttpResponse response)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            var current = Opaque(response.Headers.ETag.ToString());
            return ifNoneMatch.SelectMany(value => (value ?? "").Split(','))
                .Select(tag => tag.Trim())
                .Any(tag => tag == "*" || Opaque(tag) == current);
        }

        return request.Headers.IfModifiedSince.Count > 0
            && HeaderUtilities.TryParseDate(request.Headers.IfModifiedSince.ToString(), out var since)
            && HeaderUtilities.TryParseDate(response.Headers.LastModified.ToString(), out var modified)
            && modified <= since;
    }

    private static string Opaque(string entityTag) => entityTag.StartsWith("W/", StringComparison.Ordinal) ? entityTag[2..] : entityTag;
}
