using ContentApi.Features.Articles;
using ContentApi.Features.Authors;
using ContentApi.Features.Keys;
using ContentApi.Features.Tags;
using ContentApi.Infrastructure.Html;
using ContentApi.Infrastructure.Idempotency;
using FluentValidation;

namespace ContentApi.Features;

/// <summary>The editorial side of the API: writes to articles, authors and tags, publishing, revisions and keys.</summary>
public static class EditorialSetup
{
    public static IServiceCollection AddEditorial(this IServiceCollection services)
    {
        services.AddValidatorsFromAssemblyContaining<ArticleRequestValidator>(ServiceLifetime.Singleton);
        services.AddOptions<HtmlOptions>().BindConfiguration(HtmlOptions.Section);
        services.AddSingleton<ArticleHtmlSanitizer>();
        services.AddScoped<ArticleContentRules>();
        services.AddScoped<ArticleWriter>();
        services.AddHostedService<ScheduledPublisher>();
        services.AddHostedService<IdempotencyRecordSweeper>();
        return services;
    }

    public static IEndpointRouteBuilder MapEditorial(this IEndpointRouteBuilder app)
    {
        app.MapArticleWrites();
        app.MapPublishing();
        app.MapRevisions();
        app.MapAuthorWrites();
        app.MapTagWrites();
        app.MapKeys();
        return app;
    }
}
