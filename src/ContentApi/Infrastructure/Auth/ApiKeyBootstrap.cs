using ContentApi.Data;
using ContentApi.Domain.Keys;
using ContentApi.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Infrastructure.Auth;

/// <summary>
/// Makes sure the first admin key exists: <c>Auth:BootstrapAdminKey</c> when set; otherwise, in Development on the
/// embedded database, a dev key made once, kept in .data and printed at every start.
/// </summary>
public static partial class ApiKeyBootstrap
{
    public static async Task EnsureKeysAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var environment = services.GetRequiredService<IHostEnvironment>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiKeyBootstrap));
        var db = services.GetRequiredService<ContentDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();

        var bootstrap = configuration["Auth:BootstrapAdminKey"];
        if (!string.IsNullOrWhiteSpace(bootstrap))
        {
            await EnsureAsync(db, "bootstrap admin", bootstrap.Trim(), clock, cancellationToken);
            return;
        }

        var embedded = services.GetService<EmbeddedPostgres>();
        if (embedded is null || !environment.IsDevelopment())
        {
            return;
        }

        var keyFile = Path.Combine(Path.GetDirectoryName(embedded.DataDirectory)!, "dev-admin-key");
        var secret = File.Exists(keyFile) ? (await File.ReadAllTextAsync(keyFile, cancellationToken)).Trim() : null;
        if (secret is null)
        {
            ApiKey.Generate("dev admin", ApiKeyRole.Admin, clock.GetUtcNow().UtcDateTime, out var generated);
            secret = generated;
            await File.WriteAllTextAsync(keyFile, secret, cancellationToken);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(keyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        await EnsureAsync(db, "dev admin", secret, clock, cancellationToken);
        LogDevKey(logger, secret);
    }

    private static async Task EnsureAsync(ContentDbContext db, string name, string secret, TimeProvider clock, CancellationToken cancellationToken)
    {
        var prefix = ApiKey.LookupPrefixOf(secret);
        var existing = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(key => key.LookupPrefix == prefix, cancellationToken);
        if (existing is not null && existing.Matches(secret))
        {
            return;
        }

        if (existing is not null)
        {
            throw new InvalidOperationException($"Auth:BootstrapAdminKey starts like another key ('{prefix}…'); choose another secret.");
        }

        db.ApiKeys.Add(ApiKey.FromSecret(name, ApiKeyRole.Admin, secret, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Development admin key: {Key} — in Swagger UI press Authorize and paste it; send it as the X-Api-Key header elsewhere.")]
    private static partial void LogDevKey(ILogger logger, string key);
}
