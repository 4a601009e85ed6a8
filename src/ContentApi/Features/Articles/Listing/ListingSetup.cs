namespace ContentApi.Features.Articles.Listing;

public static class ListingSetup
{
    /// <summary>The services behind every article list: cursors, cached counts and the list runner.</summary>
    public static IServiceCollection AddArticleListing(this IServiceCollection services) => services
        .AddSingleton<Cursor>()
        .AddSingleton<ArticleCounts>()
        .AddSingleton<FilterIdResolver>()
        .AddScoped<ArticleListing>();
}
