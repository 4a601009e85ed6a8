using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ContentApi.Infrastructure.Caching;
using ContentApi.Infrastructure.Errors;
using Microsoft.Extensions.Options;

namespace ContentApi.Features.Articles.Listing;

/// <summary>Where a page ended: the sort key of its last item (as invariant text) and that item's id.</summary>
public sealed record CursorPosition(string Key, Guid Id);

/// <summary>
/// Opaque, tamper-evident cursors: base64url of "key\nid" followed by a 128-bit HMAC-SHA256 tag over the payload,
/// the sort it belongs to and the query's normalized filters. A cursor that was edited, or that comes from another
/// sort or other filters, fails the check and is a 400 — it can never silently page through something else.
/// </summary>
public sealed class Cursor(IOptions<DeliveryOptions> options)
{
    private const int TagBytes = 16;
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(options.Value.CursorSecret);

    /// <param name="sort">The ordering the position belongs to, e.g. "articles:-publishedAt".</param>
    /// <param name="filterKey">The normalized filters of the query (see ArticleListQuery.FilterKey).</param>
    /// <param name="position">The last item of the page.</param>
    public string Encode(string sort, string filterKey, CursorPosition position)
    {
        var payload = Encoding.UTF8.GetBytes($"{position.Key}\n{position.Id:N}");
        var token = new byte[payload.Length + TagBytes];
        payload.CopyTo(token, 0);
        Sign(sort, filterKey, payload).AsSpan(0, TagBytes).CopyTo(token.AsSpan(payload.Length));
        return Base64Url.EncodeToString(token);
    }

    /// <summary>The position a cursor stands for; a 400 naming <c>cursor</c> when it is not one we made for this query.</summary>
    public CursorPosition Decode(string cursor, string sort, string filterKey)
    {
        byte[] token;
        try
        {
            token = cursor.Length is > 0 and <= 512 ? Base64Url.DecodeFromChars(cursor) : [];
        }
        catch (FormatException)
        {
            token = [];
        }

        if (token.Length > TagBytes)
        {
            var payload = token.AsSpan(0, token.Length - TagBytes).ToArray();
            var expected = Sign(sort, filterKey, payload).AsSpan(0, TagBytes);
            if (CryptographicOperations.FixedTimeEquals(expected, token.AsSpan(payload.Length)))
            {
                var parts = Encoding.UTF8.GetString(payload).Split('\n');
                if (parts.Length == 2 && Guid.TryParseExact(parts[1], "N", out var id))
                {
                    return new CursorPosition(parts[0], id);
                }
            }
        }

        throw new ValidationProblemException("cursor",
            "This cursor is not valid for this request: use meta.nextCursor exactly as it came, with the same filters and sort " +
            "as the request that returned it (limit and include may change). Leave cursor out to start from the first page.");
    }

    private byte[] Sign(string sort, string filterKey, byte[] payload)
    {
        byte[] message = [.. Encoding.UTF8.GetBytes($"{sort}\n{filterKey}\n"), .. payload];
        return HMACSHA256.HashData(_secret, message);
    }
}
