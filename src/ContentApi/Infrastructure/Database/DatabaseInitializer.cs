using ContentApi.Data;
using ContentApi.Data.Seeding;
using ContentApi.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ContentApi.Infrastructure.Database;

/// <summary>
/// Before anything starts (the server included): applies migrations through the execution strategy, makes sure the
/// bootstrap admin key exists, and seeds the demo content into an empty database when Demo:Seed is on.
/// </summary>
internal sealed class DatabaseInitializer(IServiceProvider services, IConfiguration configuration, ILogger<DemoSeeder> seedLogger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        await MigrateAsync(db, cancellationToken);

        await ApiKeyBootstrap.EnsureKeysAsync(scope.ServiceProvider, cancellationToken);
        if (configuration.GetValue("Demo:Seed", false))
        {
            await DemoSeeder.SeedIfEmptyAsync(db, seedLogger, cancellationToken);
        }
    }

    /// <summary>Applies pending migrations; also used by the dataset generator before it writes.</summary>
    public static Task MigrateAsync(ContentDbContext db, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            // Creating the history table first keeps EF from logging a failed SELECT on a brand-new database.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
            await db.Database.MigrateAsync(ct);
        }, cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
