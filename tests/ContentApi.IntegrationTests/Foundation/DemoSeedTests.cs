using System.Net;
using ContentApi.Data.Seeding;
using ContentApi.Domain.Articles;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.IntegrationTests.Foundation;

public sealed class DemoFactory : ContentApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Seed"] = "true" };
}

public class DemoSeedTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    [Fact]
    public async Task An_empty_database_is_seeded_once_and_a_restart_adds_nothing()
    {
        var expected = DemoContent.Build();
        var client = factory.CreateClient(apiKey: null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/articles")).StatusCode);
        var before = await factory.WithDbAsync(db => db.Articles.CountAsync());

        await using (var restarted = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Content", factory.ConnectionString);
            builder.UseSetting("Demo:Seed", "true");
        }))
        {
            Assert.Equal(HttpStatusCode.OK, (await restarted.CreateClient().GetAsync("/api/v1/articles")).StatusCode);
        }

        var after = await factory.WithDbAsync(db => db.Articles.CountAsync());
        Assert.Equal(expected.Articles.Count, before);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Drafts_of_the_demo_never_show_to_readers()
    {
        var draftIds = DemoContent.Build().Articles.Where(a => !a.IsPublished).Select(a => a.Id).ToHashSet();
        var client = factory.CreateClient(apiKey: null);

        var page = await (await client.GetAsync("/api/v1/articles?limit=100")).ReadJsonAsync<PageDto>();

        Assert.NotNull(page);
        Assert.Equal(100, page.Data.Count);
        Assert.DoesNotContain(page.Data, card => draftIds.Contains(card.Id));
        Assert.All(page.Data, card => Assert.Equal(ArticleStatus.Published, card.Status));
    }

    private sealed record PageDto(List<CardDto> Data);

    private sealed record CardDto(Guid Id, ArticleStatus Status);
}
