using ContentApi;
using ContentApi.Infrastructure.Database;

try
{
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
