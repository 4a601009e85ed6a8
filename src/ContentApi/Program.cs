using ContentApi;
using ContentApi.Data.Dataset;
using ContentApi.Infrastructure.Database;

try
{
    // `seed --articles N`: a synthetic archive for benchmarks, written before (and instead of) starting the web host.
    if (args is ["seed", ..])
    {
        return await DatasetCommand.RunAsync(args[1..]);
    }

    var builder = WebApplication.CreateBuilder(args);
    builder.AddContentApi();

    var app = builder.Build();
    app.UseContentApi();
    app.MapContentApi();
    await app.RunAsync();
    return 0;
}
catch (EmbeddedPostgresUnavailableException exception)
{
    // A missing PostgreSQL is a set-up problem, not a crash: say what to install instead of printing a stack trace.
    await Console.Error.WriteLineAsync($"ContentApi cannot start: {exception.Message}");
    return 1;
}

/// <summary>The service's entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
