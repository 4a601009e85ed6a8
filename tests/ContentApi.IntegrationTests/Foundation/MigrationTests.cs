using System.Net;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.IntegrationTests.Foundation;

public class MigrationTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Every_migration_is_applied_and_none_is_pending()
    {
        var (applied, pending, all) = await factory.WithDbAsync(async db => (
            (await db.Database.GetAppliedMigrationsAsync()).ToList(),
            (await db.Database.GetPendingMigrationsAsync()).ToList(),
            db.Database.GetMigrations().ToList()));

        Assert.Empty(pending);
        Assert.Equal(all, applied);
    }

    [Fact]
    public async Task A_second_start_on_an_already_migrated_database_keeps_its_data()
    {
        var article = await factory.AddArticleAsync();

        // Another copy of the service on the same database: it migrates (nothing to do) and serves what is there.
        await using var second = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Content", factory.ConnectionString);
            builder.UseSetting("Auth:BootstrapAdminKey", ContentApiFactory.AdminKey);
        });
        var response = await second.CreateClient().GetAsync($"/api/v1/articles/{article.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var keys = await factory.WithDbAsync(db => db.ApiKeys.CountAsync());
        Assert.Equal(1, keys);
    }

    [Theory]
    [InlineData("policia")]
    [InlineData("incautaron")]
    [InlineData("POLICÍA")]
    public async Task Spanish_search_configuration_ignores_accents_and_stems(string query)
    {
        var matches = await factory.WithDbAsync(db => db.Database
            .SqlQuery<bool>($"SELECT to_tsvector('spanish_unaccent', 'La policía incautó cocaína') @@ plainto_tsquery('spanish_unaccent', {query}) AS \"Value\"")
            .SingleAsync());

        Assert.True(matches);
    }
}
