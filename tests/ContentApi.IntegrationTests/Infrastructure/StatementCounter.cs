using System.Collections.Concurrent;
using System.Data.Common;
using ContentApi.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.IntegrationTests.Infrastructure;

/// <summary>
/// Counts the SQL statements each HTTP request runs. A request is told apart by its <see cref="Header"/>, so
/// background work (key usage flushes, schedulers) never counts.
/// </summary>
public sealed class StatementCounter(IHttpContextAccessor accessor) : DbCommandInterceptor
{
    public const string Header = "X-Test-Request";
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public int For(string requestId) => _counts.GetValueOrDefault(requestId);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private void Count()
    {
        var id = accessor.HttpContext?.Request.Headers[Header].ToString();
        if (!string.IsNullOrEmpty(id))
        {
            _counts.AddOrUpdate(id, 1, (_, count) => count + 1);
        }
    }
}

/// <summary>The service with a <see cref="StatementCounter"/> on every DbContext it makes.</summary>
public sealed class StatementCountingFactory : ContentApiFactory
{
    public StatementCounter Counter => Services.GetRequiredService<StatementCounter>();

    /// <summary>Sends a GET and returns how many statements the service ran for it.</summary>
    public async Task<(HttpResponseMessage Response, int Statements)> GetCountingAsync(string url)
    {
        var id = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(Header, id);
        var response = await CreateClient(apiKey: null).SendAsync(request);
        return (response, Counter.For(id));
    }

    private const string Header = StatementCounter.Header;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<StatementCounter>();
            services.ConfigureDbContext<ContentDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<StatementCounter>()));
        });
    }
}
