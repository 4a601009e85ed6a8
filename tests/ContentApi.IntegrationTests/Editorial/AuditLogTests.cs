using System.Collections.Concurrent;
using System.Net;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContentApi.IntegrationTests.Editorial;

/// <summary>The service with every log line kept, to check what the audit trail says.</summary>
public sealed class AuditedContentApiFactory : ContentApiFactory
{
    public ConcurrentQueue<string> Lines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(new CapturingProvider(Lines))));
    }

    private sealed class CapturingProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(lines);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(formatter(state, exception));
    }
}

public class AuditLogTests(AuditedContentApiFactory factory) : IClassFixture<AuditedContentApiFactory>
{
    [Fact]
    public async Task Every_write_logs_the_key_name_the_action_and_the_article_never_the_secret()
    {
        var name = TestData.Unique("night desk");
        var secret = await factory.AddKeyAsync(Domain.Keys.ApiKeyRole.Editor, name);
        var editor = factory.CreateClient(secret);
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();

        var patched = await editor.PatchAsync($"/api/v1/articles/{id}", new { title = "Patched" }, etag);
        var published = await editor.SendJsonAsync(HttpMethod.Post, $"/api/v1/articles/{id}/publish", null, patched.ETagOf());
        var deleted = await editor.SendJsonAsync(HttpMethod.Delete, $"/api/v1/articles/{id}", null, published.ETagOf());

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var audit = factory.Lines.Where(line => line.StartsWith("Audit:", StringComparison.Ordinal) && line.Contains(id.ToString(), StringComparison.Ordinal)).ToList();
        foreach (var action in new[] { "created", "patched", "published", "deleted" })
        {
            Assert.Contains(audit, line => line.Contains(name, StringComparison.Ordinal) && line.Contains($" {action} article {id}", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(factory.Lines, line => line.Contains(secret, StringComparison.Ordinal));
    }
}
