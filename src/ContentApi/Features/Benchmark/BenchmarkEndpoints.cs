using System.Text.Json;
using ContentApi.Features.Articles;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Site;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ContentApi.Features.Benchmark;

/// <summary>
/// The benchmark's references, served only when <c>Benchmark:Enabled</c> is true (tests/bench/run.sh sets it) and never
/// listed in the OpenAPI document: R0, the fastest this box can answer an HTTP request with a newest-20-sized JSON
/// body; R1, the same SQL as the real reads over raw Npgsql; and the counters behind "SQL statements per request".
/// </summary>
public static class BenchmarkEndpoints
{
    public const string EnabledSetting = "Benchmark:Enabled";

    public static WebApplicationBuilder AddBenchmark(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue(EnabledSetting, false))
        {
            builder.Services.AddSingleton<BenchmarkCounters>();
            builder.Services.AddSingleton<ReferenceBody>();
        }

        return builder;
    }

    /// <summary>Counts every request but the counters' own reads; first in the pipeline so cached answers count too.</summary>
    public static WebApplication UseBenchmark(this WebApplication app)
    {
        if (app.Services.GetService<BenchmarkCounters>() is { } counters)
        {
            app.Use((context, next) =>
            {
                if (!context.Request.Path.StartsWithSegments("/bench/stats", StringComparison.Ordinal))
                {
                    counters.CountRequest();
                }

                return next(context);
            });
        }

        return app;
    }

    public static WebApplication MapBenchmark(this WebApplication app)
    {
        if (app.Services.GetService<BenchmarkCounters>() is null)
        {
            return app;
        }

        // The same authorization as the public reads, so the references pay for the same middleware; never cached.
        var group = app.MapGroup("/bench").ExcludeFromDescription().RequireAuthorization(ApiKeyDefaults.ReadPolicy)
            .CacheOutput(policy => policy.NoCache());
        group.MapGet("/r0", ReferenceBytes).WithName("BenchmarkR0");
        group.MapGet("/r1/articles", RawNewest).WithName("BenchmarkR1Newest");
        group.MapGet("/r1/articles/{slug}", RawBySlug).WithName("BenchmarkR1BySlug");
        group.MapGet("/stats", Stats).WithName("BenchmarkStats");
        return app;
    }

    /// <summary>R0: pre-serialized bytes, made once from R1's newest 20, so the body is the size of scenario 1's.</summary>
    internal static async Task<FileContentHttpResult> ReferenceBytes(ReferenceBody body, NpgsqlDataSource dataSource, IOptions<SiteOptions> site,
        IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        TypedResults.Bytes(await body.GetAsync(dataSource, site.Value, json.Value.SerializerOptions, cancellationToken), "application/json");

    /// <summary>R1 for scenario 1: the newest 20 published cards.</summary>
    internal static async Task<Ok<PageResponse<ArticleResponse>>> RawNewest(
        NpgsqlDataSource dataSource, IOptions<SiteOptions> site, CancellationToken cancellationToken) =>
        TypedResults.Ok(await NewestPageAsync(dataSource, site.Value, cancellationToken));

    /// <summary>R1 for scenario 4: one published article by slug.</summary>
    internal static async Task<Results<Ok<ArticleResponse>, NotFound>> RawBySlug(
        string slug, NpgsqlDataSource dataSource, IOptions<SiteOptions> site, CancellationToken cancellationToken) =>
        await BenchmarkQueries.BySlugAsync(dataSource, slug, cancellationToken) is { } row
            ? TypedResults.Ok(row.ToResponse(site.Value))
            : TypedResults.NotFound();

    internal static Ok<BenchmarkStats> Stats(BenchmarkCounters counters) =>
        TypedResults.Ok(new BenchmarkStats(counters.Requests, counters.Commands, Environment.ProcessId));

    private static async Task<PageResponse<ArticleResponse>> NewestPageAsync(NpgsqlDataSource dataSource, SiteOptions site, CancellationToken cancellationToken)
    {
        var rows = await BenchmarkQueries.NewestAsync(dataSource, 20, cancellationToken);
        return new PageResponse<ArticleResponse>([.. rows.Select(row => row.ToResponse(site))], new PageMeta { Limit = 20, NextCursor = null });
    }

    /// <summary>R0's body, serialized on first use.</summary>
    internal sealed class ReferenceBody
    {
        private byte[]? _bytes;

        public async ValueTask<byte[]> GetAsync(NpgsqlDataSource dataSource, SiteOptions site, JsonSerializerOptions json, CancellationToken cancellationToken) =>
            _bytes ??= JsonSerializer.SerializeToUtf8Bytes(await NewestPageAsync(dataSource, site, cancellationToken), json);
    }
}

/// <summary>Requests served and database commands run since start-up; the process id lets the harness read its memory.</summary>
public sealed record BenchmarkStats(long Requests, long Commands, int ProcessId);
