using System.ComponentModel.DataAnnotations;

namespace ContentApi.Infrastructure.RateLimiting;

/// <summary>
/// Requests per window (section <c>RateLimits</c>): per API key by its role, per client address for anonymous calls,
/// and a stricter one for reader feedback. A <see cref="RateLimitRule.PermitLimit"/> of 0 turns a limit off.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Callers without a key, per client address (IPv6 per /64 network).</summary>
    public RateLimitRule Anonymous { get; set; } = new() { PermitLimit = 300, WindowSeconds = 60 };

    public RateLimitRule Reader { get; set; } = new() { PermitLimit = 1200, WindowSeconds = 60 };

    /// <summary>Editors and admins.</summary>
    public RateLimitRule Editor { get; set; } = new() { PermitLimit = 3000, WindowSeconds = 60 };

    /// <summary>Reader feedback posts, per key or client address, on top of the caller's own limit.</summary>
    public RateLimitRule Feedback { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };
}

public sealed class RateLimitRule
{
    [Range(0, int.MaxValue)]
    public int PermitLimit { get; set; }

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);

    /// <summary>The header's policy description (IETF draft RateLimit header fields): "300;w=60".</summary>
    public string Policy => $"{PermitLimit};w={WindowSeconds}";
}
