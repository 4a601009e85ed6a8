using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace ContentApi.Infrastructure.Caching;

/// <summary>Caching and compression of reads: the output cache, HTTP validators and Brotli/gzip.</summary>
public static class CachingSetup
{
    public static IServiceCollection AddContentCaching(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section)
            .Validate(options => options.SearchTotalLimit is > 0 and < int.MaxValue, "Delivery:SearchTotalLimit must be a positive count.")
            .ValidateOnStart();
        services.AddOutputCache();
        services.AddSingleton<ContentCache>();
        services.AddMemoryCache();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes,
                "application/problem+json", "application/rss+xml", "application/atom+xml", "application/feed+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>
    /// Compression of reads. Only GET and HEAD: a write's response can echo what the caller sent next to a secret
    /// (a new API key), which is what a BREACH attack needs; reads of public content have nothing to give away.
    /// </summary>
    public static IApplicationBuilder UseContentCompression(this IApplicationBuilder app) => app.UseWhen(
        context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method),
        branch => branch.UseResponseCompression());

    /// <summary>After authorization: nothing is served from the cache to a caller who may not read it.</summary>
    public static IApplicationBuilder UseContentCaching(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IOptions<DeliveryOptions>>().Value.OutputCache)
        {
            app.UseOutputCache();
        }

        return app.UseMiddleware<ReadCachingMiddleware>();
    }

    /// <summary>Marks a group's endpoints as content reads: HTTP validators, Cache-Control and the output cache.</summary>
    public static TBuilder CacheContentReads<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(ContentReadMetadata.Instance).CacheOutput(ContentOutputCachePolicy.Instance);
}
