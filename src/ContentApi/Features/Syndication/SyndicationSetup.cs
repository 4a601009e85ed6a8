using System.Net;
using ContentApi.Data;
using ContentApi.Features.Syndication.Feeds;
using ContentApi.Features.Syndication.Sync;
using ContentApi.Features.Syndication.Webhooks;
using FluentValidation;

namespace ContentApi.Features.Syndication;

/// <summary>Partners' side of the service: feeds, the change feed and webhooks with their outbox and dispatcher.</summary>
public static class SyndicationSetup
{
    public static IServiceCollection AddSyndication(this IServiceCollection services)
    {
        services.AddOptions<SyndicationOptions>().BindConfiguration(SyndicationOptions.Section);
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidator<CreateWebhookRequest>, CreateWebhookValidator>();

        // Every SaveChanges turns the webhook events ArticleEvents recorded into deliveries in the same transaction.
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<WebhookOutbox>();
        services.ConfigureDbContext<ContentDbContext>(
            (provider, options) => options.AddInterceptors(provider.GetRequiredService<WebhookOutbox>()), ServiceLifetime.Singleton);

        services.AddSingleton<WebhookQueue>();
        services.AddHostedService<WebhookDispatcher>();
        services.AddHttpClient(WebhookDispatcher.HttpClientName, client =>
            {
                // Each attempt has its own timeout (Webhooks:Timeout); the client's own would cut across retries.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("ContentApi-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var webhooks = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value;
                var handler = new SocketsHttpHandler
                {
                    // A redirect is a failure the partner should fix, not a hop to an address nobody registered.
                    AllowAutoRedirect = false,
                    UseCookies = false,
                    AutomaticDecompression = DecompressionMethods.None,
                    ConnectTimeout = webhooks.Timeout,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                };
                if (!webhooks.AllowPrivateNetworks)
                {
                    handler.ConnectCallback = WebhookAddresses.ConnectToPublicAddressAsync;
                }

                return handler;
            });
        return services;
    }

    public static IEndpointRouteBuilder MapSyndication(this IEndpointRouteBuilder app)
    {
        app.MapFeeds();
        app.MapSync();
        app.MapWebhooks();
        return app;
    }
}
