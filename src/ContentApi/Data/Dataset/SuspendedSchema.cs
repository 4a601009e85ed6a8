using Npgsql;

namespace ContentApi.Data.Dataset;

/// <summary>
/// Drops the secondary indexes and foreign keys of the tables a bulk load fills, and builds them again afterwards:
/// one index build over a million rows is far cheaper than a million index insertions, and the GIN index on the
/// search vector especially. The definitions come from the catalogue (so indexes added by later migrations are
/// included) and are kept in a table, in the same transaction as the drops: a load killed half-way leaves a record
/// of what to rebuild, which the next <c>seed --replace</c> uses.
/// </summary>
internal static class SuspendedSchema
{
    public const string Table = "dataset_suspended_ddl";

    /// <summary>The tables the loader writes; their primary keys stay (the load writes in key order).</summary>
    public static readonly string[] LoadedTables = ["articles", "article_authors", "article_tags", "related_links", "article_changes"];

    /// <summary>Whether an earlier load stopped before rebuilding what it dropped.</summary>
    public static async Task<bool> IsPendingAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT to_regclass('{Table}') IS NOT NULL", connection);
        if (await command.ExecuteScalarAsync(cancellationToken) is not true)
        {
            return false;
        }

        command.CommandText = $"SELECT EXISTS (SELECT 1 FROM {Table})";
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>Within the caller's transaction: records every secondary index and foreign key, then drops them.</summary>
    public static async Task<int> SuspendAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var tables = string.Join(", ", LoadedTables.Select(table => $"'{table}'::regclass"));
        // Positions give the restore order: indexes first, the GIN build (the longest) at the top so it starts first,
        // then the foreign keys. Drops go the other way round.
        var sql = $"""
            CREATE TABLE IF NOT EXISTS {Table} (position int PRIMARY KEY, drop_statement text NOT NULL, restore_statement text NOT NULL);
            INSERT INTO {Table} (position, drop_statement, restore_statement)
            SELECT row_number() OVER (ORDER BY kind, cost DESC, name), drop_statement, restore_statement FROM (
                SELECT 1 AS kind, 0 AS cost, c.conname::text AS name,
                       format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS drop_statement,
                       format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) AS restore_statement
                FROM pg_constraint c
                WHERE c.contype = 'f' AND c.conrelid IN ({tables})
                UNION ALL
                SELECT 0, CASE WHEN am.amname = 'gin' THEN 2 ELSE 1 END, i.indexrelid::regclass::text,
                       format('DROP INDEX %s', i.indexrelid::regclass),
                       pg_get_indexdef(i.indexrelid)
                FROM pg_index i
                JOIN pg_class ic ON ic.oid = i.indexrelid
                JOIN pg_am am ON am.oid = ic.relam
                WHERE i.indrelid IN ({tables})
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
            ) suspended;
            """;
        await using (var record = new NpgsqlCommand(sql, connection))
        {
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        // Foreign keys (recorded after the indexes, restored last) are dropped first.
        var drops = new List<string>();
        await using (var list = new NpgsqlCommand($"SELECT drop_statement FROM {Table} ORDER BY position DESC", connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                drops.Add(reader.GetString(0));
            }
        }

        await using var drop = new NpgsqlCommand(string.Join(";\n", drops), connection);
        if (drops.Count > 0)
        {
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }

        return drops.Count;
    }

    /// <summary>
    /// Rebuilds what was suspended on <paramref name="parallelism"/> connections at once (the GIN build, the longest,
    /// starts first), then drops the record. Index builds get a large maintenance_work_mem and parallel workers.
    /// </summary>
    public static async Task<IReadOnlyList<(string Statement, TimeSpan Took)>> RestoreAsync(
        NpgsqlDataSource dataSource, int parallelism, CancellationToken cancellationToken)
    {
        var statements = new List<string>();
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var list = new NpgsqlCommand($"SELECT restore_statement FROM {Table} ORDER BY position", connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                statements.Add(reader.GetString(0));
            }
        }

        var queue = new Queue<string>(statements);
        var timings = new List<(string, TimeSpan)>();
        var gate = new Lock();
        var workers = Enumerable.Range(0, Math.Max(1, parallelism)).Select(async _ =>
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                $"SET maintenance_work_mem = '{MaintenanceMemoryMegabytes()}MB'; SET max_parallel_maintenance_workers = 2; SET synchronous_commit = off", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            command.CommandTimeout = 0;
            while (true)
            {
                string statement;
                lock (gate)
                {
                    if (!queue.TryDequeue(out statement!))
                    {
                        return;
                    }
                }

                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                command.CommandText = statement;
                await command.ExecuteNonQueryAsync(cancellationToken);
                lock (gate)
                {
                    timings.Add((statement, System.Diagnostics.Stopwatch.GetElapsedTime(started)));
                }
            }
        }).ToList();
        await Task.WhenAll(workers);

        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var done = new NpgsqlCommand($"DROP TABLE {Table}", connection))
        {
            await done.ExecuteNonQueryAsync(cancellationToken);
        }

        return timings;
    }

    /// <summary>An eighth of the machine's memory, between 64 MB and 1 GB: the GIN build is much faster when it fits.</summary>
    private static long MaintenanceMemoryMegabytes() =>
        Math.Clamp(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 8 / (1024 * 1024), 64, 1024);
}
