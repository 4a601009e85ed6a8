using System.Security.Cryptography;
using System.Text;

namespace ContentApi.Features.Syndication.Webhooks;

/// <summary>
/// The <c>X-ContentApi-Signature</c> header: <c>sha256=</c> and the lower-case hex HMAC-SHA256 of the exact body bytes,
/// keyed with the webhook's secret. Receivers compute the same over the raw body and compare in constant time.
/// </summary>
public static class WebhookSignature
{
    public const string Scheme = "sha256=";

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(header.Trim()));
}
