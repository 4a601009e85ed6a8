using ContentApi.Infrastructure.Database;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.IntegrationTests.Foundation;

public class CustomPlansTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string PlanCacheMode = "SELECT current_setting('plan_cache_mode') AS \"Value\"";

    [Fact]
    public async Task A_marked_query_is_planned_with_its_values_and_leaves_the_connection_as_it_was()
    {
        var (marked, after) = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var marked = await CustomPlans.Use(db.Database.SqlQueryRaw<string>(PlanCacheMode)).SingleAsync();
            var after = await db.Database.SqlQueryRaw<string>(PlanCacheMode).SingleAsync();
            return (marked, after);
        });

        Assert.Equal("force_custom_plan", marked);
        Assert.Equal("auto", after);
    }
}
