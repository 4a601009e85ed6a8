using System.Globalization;
using ContentApi.Infrastructure.Database;
using Npgsql;

namespace ContentApi.Data.Dataset;

/// <summary>
/// <c>dotnet run --project src/ContentApi -- seed --articles 1000000 [--replace] [--seed 42] [--streams 2] [--until 2026-01-01]</c>:
/// fills the service's database (the same configuration: ConnectionStrings:Content or the embedded server, so
/// <c>--Database:EmbeddedDataDirectory=…</c> picks another one) with a synthetic archive for benchmarks.
/// </summary>
public static class DatasetCommand
{
    private const string Usage =
        "usage: seed --articles <count> [--replace] [--seed <number>] [--streams <count>] [--until <yyyy-MM-dd>] [--Section:Key=value …]";

    public static async Task<int> RunAsync(string[] args)
    {
        if (!TryParse(args, out var options, out var configuration, out var error))
        {
            await Console.Error.WriteLineAsync(error);
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        var builder = WebApplication.CreateBuilder(configuration);
        builder.AddContentDatabase();
        await using var app = builder.Build();
        var embedded = app.Services.GetService<EmbeddedPostgres>();
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            await DatabaseInitializer.MigrateAsync(db, CancellationToken.None);

            var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
            Console.WriteLine($"Seeding {options.Articles:N0} articles (seed {options.Seed}, until {options.Until:yyyy-MM-dd}) into " +
                $"{new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).Database}:");
            var report = await DatasetLoader.RunAsync(dataSource, db, options, Console.Out, CancellationToken.None);
            Console.WriteLine($"Done: {report.Articles:N0} articles, {report.Changes:N0} change-feed entries in {report.Total.TotalSeconds:0.0} s.");
            return 0;
        }
        catch (DatasetRefusedException refused)
        {
            await Console.Error.WriteLineAsync($"seed: {refused.Message}");
            return 1;
        }
        finally
        {
            if (embedded is not null)
            {
                await embedded.DisposeAsync();
            }
        }
    }

    /// <summary>Splits the command's own options from configuration overrides, which go to the host builder.</summary>
    internal static bool TryParse(string[] args, out DatasetOptions options, out string[] configuration, out string error)
    {
        long? articles = null;
        var seed = 42L;
        var streams = Math.Max(2, Environment.ProcessorCount);
        var until = DateTime.UtcNow.Date;
        var replace = false;
        var rest = new List<string>();
        options = null!;
        configuration = [];
        error = "";
        for (var position = 0; position < args.Length; position++)
        {
            var value = position + 1 < args.Length ? args[position + 1] : null;
            switch (args[position])
            {
                case "--articles" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0:
                    articles = count;
                    position++;
                    break;
                case "--seed" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number):
                    seed = number;
                    position++;
                    break;
                case "--streams" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is > 0 and <= 64:
                    streams = count;
                    position++;
                    break;
                case "--until" when DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date):
                    until = date;
                    position++;
                    break;
                case "--replace":
                    replace = true;
                    break;
                case "--articles" or "--seed" or "--streams" or "--until":
                    error = $"seed: {args[position]} needs a valid value (got '{value}').";
                    return false;
                default:
                    rest.Add(args[position]);
                    break;
            }
        }

        if (articles is null)
        {
            error = "seed: --articles is required.";
            return false;
        }

        options = new DatasetOptions(articles.Value, seed, DateTime.SpecifyKind(until, DateTimeKind.Utc), replace, streams);
        configuration = [.. rest];
        return true;
    }
}
