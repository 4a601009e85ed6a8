using ContentApi.Domain.Keys;
using Microsoft.AspNetCore.Authentication;

namespace ContentApi.Infrastructure.Auth;

public static class AuthSetup
{
    public static IServiceCollection AddApiKeyAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemoryCache();
        services.AddSingleton<ApiKeyStore>();
        services.AddHostedService<ApiKeyUsageWriter>();
        services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);

        var requireKeyForReads = configuration.GetValue("Delivery:RequireApiKey", false);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyDefaults.ReaderPolicy, policy => policy.RequireRole(ApiKeyDefaults.RolesAtLeast(ApiKeyRole.Reader)))
            .AddPolicy(ApiKeyDefaults.EditorPolicy, policy => policy.RequireRole(ApiKeyDefaults.RolesAtLeast(ApiKeyRole.Editor)))
            .AddPolicy(ApiKeyDefaults.AdminPolicy, policy => policy.RequireRole(ApiKeyDefaults.RolesAtLeast(ApiKeyRole.Admin)))
            .AddPolicy(ApiKeyDefaults.ReadPolicy, policy => policy.RequireAssertion(context =>
                !requireKeyForReads || ApiKeyDefaults.RolesAtLeast(ApiKeyRole.Reader).Any(context.User.IsInRole)));
        return services;
    }

    /// <summary>A key that was sent but matches nothing is a 401 on every route, even one anonymous callers may use.</summary>
    public static IApplicationBuilder UseRejectionOfBadKeys(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Items.ContainsKey(ApiKeyDefaults.RejectedItem))
        {
            await context.ChallengeAsync(ApiKeyDefaults.Scheme);
            return;
        }

        await next(context);
    });

    /// <summary>The key behind the request, if any.</summary>
    public static ApiKeyIdentity? ApiKey(this HttpContext context) =>
        context.Items.TryGetValue(typeof(ApiKeyIdentity), out var key) ? key as ApiKeyIdentity : null;

    /// <summary>Editors and admins see drafts and get private, uncached responses.</summary>
    public static bool IsEditor(this HttpContext context) => context.ApiKey()?.Role >= ApiKeyRole.Editor;
}
