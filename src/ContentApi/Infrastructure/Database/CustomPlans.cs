using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentApi.Infrastructure.Database;

/// <summary>
/// Custom plans for the statements whose best plan depends on their values. Statements are prepared (auto-prepare,
/// see <see cref="DatabaseSetup.BuildDataSource"/>), and after five runs PostgreSQL may switch a prepared statement to
/// a generic plan made without its parameters' values. That suits a single article by slug, whose planning costs more
/// than its run; it does not suit a list filtered by tags, authors or a search, where a rare tag is read from its own
/// index and a common one by walking the newest articles: the generic plan for "tag AND tag + type" at 1M articles
/// took ~2 s a request instead of 15-30 ms. A query marked with <see cref="Use"/> runs in the same round trip as
/// <c>SET plan_cache_mode = force_custom_plan</c> and a RESET after it, so it is planned with its values every time.
/// </summary>
public static class CustomPlans
{
    private const string Tag = "custom plan";

    /// <summary>Marks <paramref name="query"/> to be planned with its parameters' values on every run.</summary>
    public static IQueryable<T> Use<T>(IQueryable<T> query) => query.TagWith(Tag);

    /// <summary>Wraps the marked commands (EF Core writes a tag as a leading "-- tag" comment).</summary>
    internal sealed class Interceptor : DbCommandInterceptor
    {
        public static readonly Interceptor Instance = new();

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Wrap(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Wrap(command);
            return ValueTask.FromResult(result);
        }

        private static void Wrap(DbCommand command)
        {
            if (command.CommandText.StartsWith("-- " + Tag, StringComparison.Ordinal))
            {
                command.CommandText = $"SET plan_cache_mode = force_custom_plan;\n{command.CommandText};\nRESET plan_cache_mode;";
            }
        }
    }
}
