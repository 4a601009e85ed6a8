using ContentApi.Domain.Keys;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Syndication;

public static class TestKeys
{
    /// <summary>Adds an API key with <paramref name="role"/> straight to the database; returns its secret.</summary>
    public static async Task<string> AddKeyAsync(this ContentApiFactory factory, ApiKeyRole role)
    {
        var key = ApiKey.Generate(TestData.Unique(role.ToString()), role, DateTime.UtcNow, out var secret);
        await factory.WithDbAsync(async db =>
        {
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync();
        });
        return secret;
    }
}
