using System.Globalization;
using ContentApi.Infrastructure.Auth;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace ContentApi.Infrastructure.Caching;

/// <summary>
/// The server-side cache of anonymous reads. A request that carries any X-Api-Key (or any identity at all) neither
/// reads nor fills it, and with Delivery:RequireApiKey nothing does — the check runs after authentication and
/// authorization, so a cached response is never a way around them (the mistake behind Umbraco's CVE-2025-54425).
/// Entries vary by every query parameter and by <see cref="ContentCache.Generation"/>, carry
/// <see cref="ContentCache.ContentTag"/> for eviction, and are stored only when the response itself says public.
/// </summary>
public sealed class ContentOutputCachePolicy : IOutputCachePolicy
{
    public static readonly ContentOutputCachePolicy Instance = new();

    private ContentOutputCachePolicy()
    {
    }

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<DeliveryOptions>>().Value;
        var content = http.RequestServices.GetRequiredService<ContentCache>();
        var cacheable = IsAnonymousRead(http) && !options.RequireApiKey;

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["content-generation"] = content.Generation.ToString(CultureInfo.InvariantCulture);
        context.Tags.Add(ContentCache.ContentTag);
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.ServerCacheSeconds);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var isPublic = response.Headers.CacheControl.ToString().StartsWith("public", StringComparison.OrdinalIgnoreCase);
        if (response.StatusCode != StatusCodes.Status200OK || !isPublic || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    internal static bool IsAnonymousRead(HttpContext http) =>
        (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        && !http.Request.Headers.ContainsKey(ApiKeyDefaults.HeaderName)
        && !http.Request.Headers.ContainsKey("Authorization")
        && http.User.Identity?.IsAuthenticated != true;
}
