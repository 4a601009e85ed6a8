using System.Net;
using System.Text.Json;
using ContentApi.IntegrationTests.Infrastructure;
using Npgsql;

namespace ContentApi.IntegrationTests.Foundation;

/// <summary>The service talks to its database through a proxy the test can cut.</summary>
public sealed class OutageFactory : ContentApiFactory
{
    private TcpProxy? _proxy;

    public TcpProxy Proxy => _proxy ?? throw new InvalidOperationException("The service has not started yet.");

    protected override string ServiceConnectionString(string databaseConnectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(databaseConnectionString);
        _proxy ??= new TcpProxy(settings.Host!, settings.Port);
        settings.Host = "127.0.0.1";
        settings.Port = _proxy.Port;
        return settings.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
    }
}

public class DatabaseOutageTests(OutageFactory factory) : IClassFixture<OutageFactory>
{
    [Fact]
    public async Task Without_the_database_reads_answer_503_with_retry_after_and_recover_by_themselves()
    {
        var client = factory.CreateClient(apiKey: null);
        client.Timeout = TimeSpan.FromSeconds(20); // a hanging request fails the test instead of blocking it
        await factory.AddArticleAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/articles")).StatusCode);

        factory.Proxy.Down();
        try
        {
            // A page nobody asked for yet: it cannot come from the output cache, so it needs the database.
            var during = await client.GetAsync("/api/v1/articles?limit=3");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
            Assert.NotNull(during.Headers.RetryAfter);
            Assert.Equal("application/problem+json", during.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await during.Content.ReadAsStringAsync());
            Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
            Assert.DoesNotContain("Npgsql", problem.RootElement.GetRawText());

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        }
        finally
        {
            factory.Proxy.Up();
        }

        Assert.Equal(HttpStatusCode.OK, await EventuallyAsync(client, "/api/v1/articles?limit=3"));
        Assert.Equal(HttpStatusCode.OK, await EventuallyAsync(client, "/health/ready"));
    }

    /// <summary>The status once it is 200, or the last one seen within a bounded number of tries.</summary>
    private static async Task<HttpStatusCode> EventuallyAsync(HttpClient client, string path)
    {
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 40 && status != HttpStatusCode.OK; attempt++)
        {
            status = (await client.GetAsync(path)).StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(250);
            }
        }

        return status;
    }
}
