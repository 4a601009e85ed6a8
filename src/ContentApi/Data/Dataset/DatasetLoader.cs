using System.Diagnostics;
using Npgsql;

namespace ContentApi.Data.Dataset;

/// <summary>What to generate.</summary>
/// <param name="Articles">How many articles.</param>
/// <param name="Seed">The same seed gives the same archive.</param>
/// <param name="Until">The newest publish date; the archive spans the 15 years before it.</param>
/// <param name="Replace">Empty the content tables first instead of refusing to touch a database that has content.</param>
/// <param name="Streams">How many connections write articles at once.</param>
public sealed record DatasetOptions(long Articles, long Seed, DateTime Until, bool Replace, int Streams);

/// <summary>How long each step took, for the report and for tuning.</summary>
public sealed record DatasetReport(long Articles, long Changes, IReadOnlyList<(string Step, TimeSpan Took)> Steps)
{
    public TimeSpan Total => Steps.Aggregate(TimeSpan.Zero, (sum, step) => sum + step.Took);
}

/// <summary>Thrown instead of writing into a database that already has content (without --replace).</summary>
public sealed class DatasetRefusedException(string message) : Exception(message);

/// <summary>
/// Fills a migrated database with a synthetic archive: the authors through EF Core (two thousand rows), the
/// articles and their rows by parallel binary COPY with the secondary indexes suspended, then the change feed, the
/// index builds and ANALYZE.
/// </summary>
public static class DatasetLoader
{
    public static async Task<DatasetReport> RunAsync(
        NpgsqlDataSource dataSource, ContentDbContext db, DatasetOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        var steps = new List<(string, TimeSpan)>();
        async Task Step(string name, Func<Task> work)
        {
            var started = Stopwatch.GetTimestamp();
            await work();
            var took = Stopwatch.GetElapsedTime(started);
            steps.Add((name, took));
            await log.WriteLineAsync($"  {name}: {took.TotalSeconds:0.0} s");
        }

        var catalogue = new SyntheticCatalogue(options.Seed, options.Until);
        var archive = new SyntheticArchive(options.Seed, options.Articles, options.Until, catalogue);
        var changes = 0L;

        await Step("prepare (truncate, suspend indexes and foreign keys)", () => PrepareAsync(dataSource, options, log, cancellationToken));
        await Step($"authors and tags ({catalogue.Authors.Count:N0} by EF Core, {catalogue.Tags.Count():N0} by COPY)", async () =>
        {
            await using (var connection = await OpenForLoadAsync(dataSource, cancellationToken))
            {
                ArchiveCopy.Tags(connection, catalogue);
            }

            db.Authors.AddRange(catalogue.Authors);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        });
        SyntheticSearchVectors vectors = null!;
        await Step("lexemes of the vocabulary", async () => vectors = await SyntheticSearchVectors.LoadAsync(dataSource, cancellationToken));
        await Step($"articles, bylines, tags, related links ({options.Articles:N0} articles, {options.Streams} streams, COPY)",
            () => CopyArticlesAsync(dataSource, archive, vectors, options.Streams, log, cancellationToken));
        await Step("change feed (COPY)", async () =>
        {
            await using var connection = await OpenForLoadAsync(dataSource, cancellationToken);
            changes = await Task.Run(() => ArchiveCopy.Changes(connection, archive), cancellationToken);
        });
        await Step("indexes and foreign keys", async () =>
        {
            foreach (var (statement, took) in await SuspendedSchema.RestoreAsync(dataSource, options.Streams, cancellationToken))
            {
                await log.WriteLineAsync($"    {took.TotalSeconds,6:0.0} s  {Shorten(statement)}");
            }
        });
        await Step("vacuum analyze", () => VacuumAsync(dataSource, options.Streams, cancellationToken));
        return new DatasetReport(options.Articles, changes, steps);
    }

    private static async Task PrepareAsync(NpgsqlDataSource dataSource, DatasetOptions options, TextWriter log, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var pending = await SuspendedSchema.IsPendingAsync(connection, cancellationToken);
        await using var probe = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM articles) OR EXISTS (SELECT 1 FROM authors) OR EXISTS (SELECT 1 FROM tags)", connection);
        var hasContent = await probe.ExecuteScalarAsync(cancellationToken) is true;
        if ((hasContent || pending) && !options.Replace)
        {
            throw new DatasetRefusedException(pending
                ? "An earlier seed stopped half-way (its indexes are still suspended). Run it again with --replace."
                : "The database already has articles, authors or tags. Run with --replace to empty the content tables first.");
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var truncate = new NpgsqlCommand(
            "TRUNCATE articles, authors, tags, article_changes RESTART IDENTITY CASCADE", connection, transaction))
        {
            await truncate.ExecuteNonQueryAsync(cancellationToken);
        }

        if (pending)
        {
            await log.WriteLineAsync("    an earlier seed stopped half-way: its suspended indexes are rebuilt at the end");
        }
        else
        {
            var suspended = await SuspendedSchema.SuspendAsync(connection, cancellationToken);
            await log.WriteLineAsync($"    suspended {suspended} indexes and foreign keys");
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Chunks of the archive go to whichever stream is free; each chunk is a few COPY statements.</summary>
    private static async Task CopyArticlesAsync(NpgsqlDataSource dataSource, SyntheticArchive archive, SyntheticSearchVectors vectors,
        int streams, TextWriter log, CancellationToken cancellationToken)
    {
        var chunk = Math.Clamp(archive.Count / (streams * 10), 500, 25_000);
        var next = 0L;
        var done = 0L;
        var started = Stopwatch.GetTimestamp();
        var reportEvery = Math.Max(archive.Count / 10, 1);
        var gate = new Lock();

        var workers = Enumerable.Range(0, Math.Max(1, streams)).Select(_ => Task.Run(async () =>
        {
            await using var connection = await OpenForLoadAsync(dataSource, cancellationToken);
            var writer = vectors.CreateWriter();
            while (true)
            {
                var from = Interlocked.Add(ref next, chunk) - chunk;
                if (from >= archive.Count)
                {
                    return;
                }

                var to = Math.Min(from + chunk, archive.Count);
                cancellationToken.ThrowIfCancellationRequested();
                ArchiveCopy.Articles(connection, archive, writer, from, to);
                ArchiveCopy.Bylines(connection, archive, from, to);
                ArchiveCopy.RelatedLinks(connection, archive, from, to);

                var before = Interlocked.Add(ref done, to - from) - (to - from);
                if ((before + to - from) / reportEvery > before / reportEvery)
                {
                    var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
                    lock (gate)
                    {
                        log.WriteLine($"    {before + to - from,12:N0} articles  {seconds,6:0.0} s  {(before + to - from) / seconds,8:N0}/s");
                    }
                }
            }
        }, cancellationToken)).ToList();
        await Task.WhenAll(workers);
    }

    private static async Task VacuumAsync(NpgsqlDataSource dataSource, int parallelism, CancellationToken cancellationToken)
    {
        // VACUUM sets the visibility map, so index-only scans work on the fresh tables; ANALYZE gives the planner statistics.
        var queue = new Queue<string>([.. SuspendedSchema.LoadedTables, "authors", "tags"]);
        var gate = new Lock();
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, parallelism)).Select(async _ =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand { Connection = connection, CommandTimeout = 0 };
            while (true)
            {
                string table;
                lock (gate)
                {
                    if (!queue.TryDequeue(out table!))
                    {
                        return;
                    }
                }

                command.CommandText = $"VACUUM (ANALYZE) {table}";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }));
    }

    private static async Task<NpgsqlConnection> OpenForLoadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // The articles arrive with their search vectors (SyntheticSearchVectors): the trigger keeps them.
        await using var command = new NpgsqlCommand(
            "SET synchronous_commit = off; SET content_api.search_vectors_supplied = on", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private static string Shorten(string statement) => statement.Length <= 110 ? statement : statement[..107] + "...";
}
