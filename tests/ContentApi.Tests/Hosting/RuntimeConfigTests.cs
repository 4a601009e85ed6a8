using System.Text.Json;

namespace ContentApi.Tests.Hosting;

public class RuntimeConfigTests
{
    // The SDK only writes System.GC.Server from <ServerGarbageCollection>; a misspelt property is silently ignored and
    // the web SDK's server GC stays on (it did: ~450 MB peak instead of ~335 MB under the benchmark).
    [Fact]
    public void The_api_ships_with_workstation_gc()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ContentApi.runtimeconfig.json")));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
    }
}
