namespace ContentApi.Infrastructure.Database;

/// <summary>Stops the embedded PostgreSQL after everything else has stopped, so Ctrl-C and SIGTERM leave no server behind.</summary>
internal sealed class EmbeddedPostgresLifetime(EmbeddedPostgres server, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopped.Register(() => server.StopAsync().GetAwaiter().GetResult());
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
