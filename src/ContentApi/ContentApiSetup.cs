using ContentApi.Features;
using ContentApi.Features.Articles;
using ContentApi.Features.Articles.Listing;
using ContentApi.Features.Authors;
using ContentApi.Features.Benchmark;
using ContentApi.Features.Feedback;
using ContentApi.Features.Sitemap;
using ContentApi.Features.Syndication;
using ContentApi.Features.Tags;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Caching;
using ContentApi.Infrastructure.Database;
using ContentApi.Infrastructure.Errors;
using ContentApi.Infrastructure.Health;
using ContentApi.Infrastructure.Http;
using ContentApi.Infrastructure.Json;
using ContentApi.Infrastructure.OpenApi;
using ContentApi.Infrastructure.RateLimiting;
using ContentApi.Infrastructure.Site;

namespace ContentApi;

/// <summary>The service's wiring, one call per concern; Program.cs reads as its table of contents.</summary>
public static class ContentApiSetup
{
    /// <summary>The largest request body accepted (413 above it).</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddContentApi(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddContentCaching().AddArticleListing();
        builder.Services.AddSingleton<ArticleEvents>();
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        builder.AddContentDatabase();
        builder.AddBenchmark();
        builder.Services
            .AddContentApiProblemDetails()
            .AddContentApiJson()
            .AddApiKeyAuth(builder.Configuration)
            .AddContentApiHealth()
            .AddContentApiSwagger()
            .AddEditorial()
            .AddContentApiRateLimiting()
            .AddSyndication();
        return builder;
    }

    public static WebApplication UseContentApi(this WebApplication app)
    {
        app.UseBenchmark();
        app.UseContentCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestBodyLimit();
        app.UseContentApiSwagger();
        app.UseAuthentication();
        app.UseRejectionOfBadKeys();
        app.UseContentApiRateLimiting();
        app.UseAuthorization();
        app.UseContentCaching();
        return app;
    }

    public static WebApplication MapContentApi(this WebApplication app)
    {
        app.MapArticleReads();
        app.MapRelatedArticles();
        app.MapSitemap();
        app.MapAuthorReads();
        app.MapTagReads();
        app.MapEditorial();
        app.MapSyndication();
        app.MapFeedback();
        app.MapContentApiHealth();
        app.MapBenchmark();
        return app;
    }
}
