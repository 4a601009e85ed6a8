using System.Net;
using ContentApi.Domain.Keys;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Editorial;

/// <summary>
/// Who may call which write route: anonymous and revoked keys get 401, a role too low 403, the rest get past the
/// door (to whatever the route then answers — never 401 or 403).
/// </summary>
public class AuthMatrixTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private const string Some = "0193d7a0-5b1c-7c3e-9a6f-1e2d3c4b5a69";

    /// <summary>Every write route, with the lowest role it needs.</summary>
    public static TheoryData<string, string, ApiKeyRole> Routes => new()
    {
        { "POST", "/api/v1/articles", ApiKeyRole.Editor },
        { "PUT", $"/api/v1/articles/{Some}", ApiKeyRole.Editor },
        { "PATCH", $"/api/v1/articles/{Some}", ApiKeyRole.Editor },
        { "DELETE", $"/api/v1/articles/{Some}", ApiKeyRole.Editor },
        { "POST", $"/api/v1/articles/{Some}/publish", ApiKeyRole.Editor },
        { "POST", $"/api/v1/articles/{Some}/unpublish", ApiKeyRole.Editor },
        { "PUT", $"/api/v1/articles/{Some}/links", ApiKeyRole.Editor },
        { "GET", $"/api/v1/articles/{Some}/revisions", ApiKeyRole.Editor },
        { "GET", $"/api/v1/articles/{Some}/revisions/1", ApiKeyRole.Editor },
        { "POST", "/api/v1/authors", ApiKeyRole.Editor },
        { "PUT", $"/api/v1/authors/{Some}", ApiKeyRole.Editor },
        { "DELETE", $"/api/v1/authors/{Some}", ApiKeyRole.Editor },
        { "POST", "/api/v1/tags", ApiKeyRole.Editor },
        { "PUT", $"/api/v1/tags/{Some}", ApiKeyRole.Editor },
        { "DELETE", $"/api/v1/tags/{Some}", ApiKeyRole.Editor },
        { "POST", "/api/v1/keys", ApiKeyRole.Admin },
        { "GET", "/api/v1/keys", ApiKeyRole.Admin },
        { "DELETE", $"/api/v1/keys/{Some}", ApiKeyRole.Admin },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Anonymous_is_401(string method, string path, ApiKeyRole needed)
    {
        _ = needed;
        var response = await SendAsync(factory.CreateClient(apiKey: null), method, path);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_revoked_key_is_401(string method, string path, ApiKeyRole needed)
    {
        _ = needed;
        var secret = await factory.AddKeyAsync(ApiKeyRole.Admin);
        var client = factory.CreateClient(secret);
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/keys")).StatusCode); // cached as valid first
        await RevokeAsync(secret);

        var response = await SendAsync(client, method, path);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Each_role_is_let_in_exactly_when_it_is_high_enough(string method, string path, ApiKeyRole needed)
    {
        foreach (var role in Enum.GetValues<ApiKeyRole>())
        {
            var response = await SendAsync(factory.CreateClient(await factory.AddKeyAsync(role)), method, path);

            if (role < needed)
            {
                await response.AssertProblemAsync(HttpStatusCode.Forbidden);
            }
            else
            {
                Assert.True(response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden),
                    $"{role} got {(int)response.StatusCode} on {method} {path}");
            }
        }
    }

    private async Task RevokeAsync(string secret)
    {
        var prefix = ApiKey.LookupPrefixOf(secret);
        var id = await factory.WithDbAsync(db => Task.FromResult(db.ApiKeys.Single(key => key.LookupPrefix == prefix).Id));
        var response = await factory.CreateAdminClient().DeleteAsync($"/api/v1/keys/{id}");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path) => method switch
    {
        "GET" => client.GetAsync(path),
        "DELETE" => client.DeleteAsync(path),
        "PATCH" => client.PatchAsync(path, new { title = "x" }, "\"1\""),
        _ => client.SendJsonAsync(new HttpMethod(method), path, new { }, "\"1\""),
    };
}
