using ContentApi.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ContentApi.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the service (or a database).</summary>
internal sealed class DesignTimeContentDbContextFactory : IDesignTimeDbContextFactory<ContentDbContext>
{
    public ContentDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Content") is { Length: > 0 } configured
            ? configured
            : "Host=localhost;Database=contentapi_design";
        var options = new DbContextOptionsBuilder<ContentDbContext>();
        DatabaseSetup.Configure(options, DatabaseSetup.BuildDataSource(connectionString));
        return new ContentDbContext(options.Options);
    }
}
