using System.Security.Cryptography;
using System.Text;

namespace ContentApi.Domain.Keys;

/// <summary>
/// A caller's credential. The secret is shown once and stored only as its SHA-256 hash (secrets are 256 random bits,
/// so a slow password hash would add nothing); a short prefix finds the row, the hash is compared in constant time.
/// </summary>
public sealed class ApiKey
{
    public const string SecretPrefix = "cak_";
    public const int LookupLength = 12;

    private ApiKey()
    {
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public ApiKeyRole Role { get; private set; }

    /// <summary>The secret's first characters: an index to find the key by, and a hint people recognise it by.</summary>
    public string LookupPrefix { get; private set; } = "";
    public byte[] SecretHash { get; private set; } = [];
    public DateTime CreatedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public DateTime? LastUsedAt { get; private set; }
    public long RequestCount { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>Makes a key with a fresh random secret, returned once in <paramref name="secret"/>.</summary>
    public static ApiKey Generate(string name, ApiKeyRole role, DateTime now, out string secret)
    {
        secret = SecretPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        return FromSecret(name, role, secret, now);
    }

    /// <summary>Makes a key for a secret chosen outside (the bootstrap admin key).</summary>
    public static ApiKey FromSecret(string name, ApiKeyRole role, string secret, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        Name = name,
        Role = role,
        LookupPrefix = LookupPrefixOf(secret),
        SecretHash = Hash(secret),
        CreatedAt = now,
    };

    public static string LookupPrefixOf(string secret) => secret.Length <= LookupLength ? secret : secret[..LookupLength];

    public bool Matches(string secret) => CryptographicOperations.FixedTimeEquals(SecretHash, Hash(secret));

    public void Revoke(DateTime now) => RevokedAt ??= now;

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
