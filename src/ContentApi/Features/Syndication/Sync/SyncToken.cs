using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ContentApi.Features.Syndication.Sync;

/// <summary>
/// A position in the change feed: the last (transaction id, change id) a client has read. Opaque to clients
/// (base64url of a version byte, the two numbers and a truncated HMAC), so an edited or mistyped token is
/// recognised and refused rather than silently skipping changes.
/// </summary>
public readonly record struct SyncToken(long TransactionId, long ChangeId)
{
    private const byte Version = 1;
    private const int MacLength = 16;
    private const int Length = 1 + 8 + 8 + MacLength;

    public static SyncToken Beginning => new(0, 0);

    public string Format(string key)
    {
        Span<byte> bytes = stackalloc byte[Length];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..], TransactionId);
        BinaryPrimitives.WriteInt64BigEndian(bytes[9..], ChangeId);
        Mac(key, bytes[..17]).CopyTo(bytes[17..]);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static bool TryParse(string text, string key, out SyncToken token)
    {
        token = default;
        var base64 = text.Trim().Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        Span<byte> bytes = stackalloc byte[Length + 3];
        if (!Convert.TryFromBase64String(base64, bytes, out var written) || written != Length || bytes[0] != Version
            || !CryptographicOperations.FixedTimeEquals(Mac(key, bytes[..17]), bytes[17..Length]))
        {
            return false;
        }

        token = new SyncToken(BinaryPrimitives.ReadInt64BigEndian(bytes[1..]), BinaryPrimitives.ReadInt64BigEndian(bytes[9..]));
        return token.TransactionId >= 0 && token.ChangeId >= 0;
    }

    private static byte[] Mac(string key, ReadOnlySpan<byte> data) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), data)[..MacLength];
}
