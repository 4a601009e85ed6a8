using ContentApi.Domain.Keys;

namespace ContentApi.Infrastructure.Auth;

public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    /// <summary>HttpContext.Items flag: a key was sent and matched no live key.</summary>
    internal const string RejectedItem = "api-key-rejected";

    /// <summary>Policy names: a role or any role above it.</summary>
    public const string ReaderPolicy = "reader";
    public const string EditorPolicy = "editor";
    public const string AdminPolicy = "admin";

    /// <summary>Public reads: anyone, unless Delivery:RequireApiKey asks for at least a reader key.</summary>
    public const string ReadPolicy = "read";

    public static string RoleName(ApiKeyRole role) => role.ToString().ToLowerInvariant();

    /// <summary>The roles that satisfy <paramref name="minimum"/>: reader &lt; editor &lt; admin.</summary>
    public static string[] RolesAtLeast(ApiKeyRole minimum) =>
        [.. Enum.GetValues<ApiKeyRole>().Where(role => role >= minimum).Select(RoleName)];
}
