using System.Net.Http.Json;
using ContentApi.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.IntegrationTests.Infrastructure;

/// <summary>
/// The real service, in memory, on its own fresh database. One per test class (xunit's IClassFixture); tests in a
/// class share it, so each test makes the rows it asserts on and never counts what it did not make.
/// </summary>
public class ContentApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminKey = "test-admin-key-0123456789abcdefghijklmnop";

    public string ConnectionString { get; private set; } = "";

    /// <summary>The connection string the service uses; a test class can route it through a proxy.</summary>
    protected virtual string ServiceConnectionString(string databaseConnectionString) => databaseConnectionString;

    /// <summary>Settings a test class changes before the service starts.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    async Task IAsyncLifetime.InitializeAsync() => ConnectionString = await TestDatabase.CreateAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await TestDatabase.DropAsync(ConnectionString);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Content", ServiceConnectionString(ConnectionString));
        builder.UseSetting("Auth:BootstrapAdminKey", AdminKey);
        builder.UseSetting("Demo:Seed", "false");
        // The tests' webhook receivers listen on 127.0.0.1 (WebhookAddressTests turns this off again).
        builder.UseSetting("Webhooks:AllowPrivateNetworks", "true");

        // Every test client shares one address (none, under the test server): limits only where a test sets them.
        foreach (var policy in new[] { "Anonymous", "Reader", "Editor", "Feedback" })
        {
            builder.UseSetting($"RateLimits:{policy}:PermitLimit", "1000000");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that sends <paramref name="apiKey"/> in X-Api-Key (none: anonymous).</summary>
    public HttpClient CreateClient(string? apiKey)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    public HttpClient CreateAdminClient() => CreateClient(AdminKey);

    /// <summary>Runs <paramref name="work"/> against the service's own database, for set-up and checks HTTP can't make.</summary>
    public async Task<T> WithDbAsync<T>(Func<ContentDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ContentDbContext>());
    }

    public Task WithDbAsync(Func<ContentDbContext, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });
}

public static class HttpContentExtensions
{
    public static Task<T?> ReadJsonAsync<T>(this HttpResponseMessage response) =>
        response.Content.ReadFromJsonAsync<T>(TestJson.Options);
}
