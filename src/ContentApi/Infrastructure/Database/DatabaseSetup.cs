using ContentApi.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ContentApi.Infrastructure.Database;

/// <summary>Where the data lives: a configured server, or PostgreSQL started from the machine's binaries.</summary>
public static partial class DatabaseSetup
{
    public const string ConnectionStringName = "Content";

    public static WebApplicationBuilder AddContentDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var embedded = StartEmbedded(builder);
            builder.Services.AddSingleton(embedded);
            builder.Services.AddHostedService<EmbeddedPostgresLifetime>();
            connectionString = embedded.ConnectionString;
        }

        var dataSource = BuildDataSource(connectionString);
        builder.Services.AddSingleton(dataSource);
        builder.Services.AddPooledDbContextFactory<ContentDbContext>(options => Configure(options, dataSource));
        builder.Services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<ContentDbContext>>().CreateDbContext());
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }

    /// <summary>The one place the context's options are set, shared with the design-time factory (dotnet ef).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) => options
        .UseNpgsql(dataSource, npgsql => npgsql
            // Few, quick retries: a database that is away answers 503 within seconds instead of hanging.
            .EnableRetryOnFailure(maxRetryCount: 2, maxRetryDelay: TimeSpan.FromMilliseconds(500), errorCodesToAdd: null)
            .MigrationsHistoryTable("__ef_migrations_history")
            // One statement per read: collections come back in the same query (measured in the performance issue).
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
        .UseSnakeCaseNamingConvention()
        .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
        .AddInterceptors(CustomPlans.Interceptor.Instance);

    public static NpgsqlDataSource BuildDataSource(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);

        // Fail fast when the server is away (see 503 handling) but keep the caller's choice if it made one.
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            settings.Timeout = 3;
        }

        // Reads are a handful of fixed query shapes whose planning costs more than their execution (measured: the
        // single-article query plans in 2–15 ms and runs in ~2 ms); prepared once per connection, they skip the planner.
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            settings.MaxAutoPrepare = 64;
            settings.AutoPrepareMinUsages = 2;
        }

        return new NpgsqlDataSourceBuilder(settings.ConnectionString).Build();
    }

    private static EmbeddedPostgres StartEmbedded(WebApplicationBuilder builder)
    {
        using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
        var logger = loggerFactory.CreateLogger<EmbeddedPostgres>();
        var dataDirectory = builder.Configuration["Database:EmbeddedDataDirectory"]
            ?? Path.Combine(FindRepositoryRoot(builder.Environment.ContentRootPath), ".data", "postgres");
        LogEmbedded(logger, dataDirectory);

        // A second copy of the service (another --urls) gets a data directory of its own instead of failing:
        // .data/postgres-2, -3 … each reused by later runs.
        for (var copy = 1; ; copy++)
        {
            var directory = copy == 1 ? dataDirectory : $"{dataDirectory}-{copy}";
            try
            {
                return EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(directory, "contentapi"), logger).GetAwaiter().GetResult();
            }
            catch (EmbeddedPostgresInUseException) when (copy < MaxCopies)
            {
                LogInUse(logger, directory);
            }
        }
    }

    private const int MaxCopies = 9;

    /// <summary>The folder holding ContentApi.sln, so every way of starting the service shares one .data folder.</summary>
    private static string FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ContentApi.sln")))
            {
                return directory.FullName;
            }
        }

        return start;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No ConnectionStrings:Content configured: starting an embedded PostgreSQL with data in {Directory}")]
    private static partial void LogEmbedded(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Directory} is in use by another running copy of the service; this copy uses a data directory of its own")]
    private static partial void LogInUse(ILogger logger, string directory);
}
