using ContentApi.Data;
using ContentApi.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ContentApi.IntegrationTests.Infrastructure;

/// <summary>
/// One PostgreSQL server for the whole test run: a throwaway embedded cluster, or the server CONTENTAPI_TEST_DB
/// names. Migrations run once into a template; every test class gets its own database copied from it, so no test
/// sees another's rows and the order tests run in never matters.
/// </summary>
public static class TestDatabase
{
    private const string TemplateName = "contentapi_test_template";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static EmbeddedPostgres? _server;
    private static string? _adminConnectionString;

    /// <summary>A fresh, migrated, empty database; returns its connection string.</summary>
    public static async Task<string> CreateAsync()
    {
        var admin = await EnsureTemplateAsync();
        var name = "contentapi_test_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\" TEMPLATE \"{TemplateName}\"");
        return WithDatabase(admin, name);
    }

    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_adminConnectionString!, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task<string> EnsureTemplateAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_adminConnectionString is not null)
            {
                return _adminConnectionString;
            }

            var external = Environment.GetEnvironmentVariable("CONTENTAPI_TEST_DB");
            string admin;
            if (string.IsNullOrWhiteSpace(external))
            {
                var directory = Path.Combine(Path.GetTempPath(), "contentapi-test-" + Guid.NewGuid().ToString("N")[..8]);
                _server = await EmbeddedPostgres.StartAsync(
                    new EmbeddedPostgresOptions(directory, "postgres", Temporary: true, FsyncOff: true), NullLogger.Instance);
                admin = _server.ConnectionStringFor("postgres");
                AppDomain.CurrentDomain.ProcessExit += (_, _) => _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            else
            {
                admin = WithDatabase(external, "postgres");
            }

            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{TemplateName}\" WITH (FORCE)");
            await ExecuteAsync(admin, $"CREATE DATABASE \"{TemplateName}\"");
            var options = new DbContextOptionsBuilder<ContentDbContext>();
            await using (var dataSource = DatabaseSetup.BuildDataSource(WithDatabase(admin, TemplateName)))
            {
                DatabaseSetup.Configure(options, dataSource);
                await using var db = new ContentDbContext(options.Options);
                await db.Database.MigrateAsync();
            }

            // A template must have no open connections while databases are copied from it.
            NpgsqlConnection.ClearAllPools();
            _adminConnectionString = admin;
            return admin;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database, Pooling = true }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
