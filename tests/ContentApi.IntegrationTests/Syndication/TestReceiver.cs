using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ContentApi.IntegrationTests.Syndication;

/// <summary>One POST a receiver got: its raw body and headers.</summary>
public sealed record ReceivedRequest(byte[] Body, IReadOnlyDictionary<string, string> Headers, DateTime ReceivedAt)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";
}

/// <summary>
/// A partner's webhook endpoint for tests: a real HTTP server on 127.0.0.1 (a free port), recording every request
/// and answering whatever <see cref="Respond"/> says (200 unless told otherwise; it may also wait, to play slow).
/// </summary>
public sealed class TestReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private TestReceiver(WebApplication app)
    {
        _app = app;
    }

    public Func<ReceivedRequest, CancellationToken, Task<int>> Respond { get; set; } = (_, _) => Task.FromResult(200);

    public string Url { get; private set; } = "";

    public IReadOnlyCollection<ReceivedRequest> Received => _received;

    public static async Task<TestReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new TestReceiver(app);
        app.MapPost("/hook", receiver.HandleAsync);
        await app.StartAsync();
        receiver.Url = app.Urls.Single() + "/hook";
        return receiver;
    }

    /// <summary>Waits (bounded) until a request matching <paramref name="match"/> has arrived; null if none did.</summary>
    public async Task<ReceivedRequest?> WaitForAsync(Func<ReceivedRequest, bool> match, int timeoutSeconds = 30)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        while (true)
        {
            if (_received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            try
            {
                await _arrived.WaitAsync(TimeSpan.FromMilliseconds(200), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                return _received.FirstOrDefault(match);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var request = new ReceivedRequest(
            buffer.ToArray(),
            context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            DateTime.UtcNow);
        _received.Enqueue(request);
        _arrived.Release();
        int status;
        try
        {
            status = await Respond(request, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        context.Response.StatusCode = status;
        if (status >= 400)
        {
            await context.Response.WriteAsync($"receiver says {(HttpStatusCode)status}");
        }
    }
}
