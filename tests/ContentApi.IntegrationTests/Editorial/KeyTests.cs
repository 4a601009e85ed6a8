using System.Net;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Editorial;

public class KeyTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task A_new_key_is_shown_once_and_works_with_its_role()
    {
        var admin = factory.CreateAdminClient();
        var name = TestData.Unique("front-end");

        var response = await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/keys", new { name, role = "editor" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.JsonAsync();
        var secret = created.GetProperty("key").GetString()!;
        Assert.StartsWith("cak_", secret);
        Assert.True(secret.Length >= 4 + 43, "a 256-bit secret is 43 base64url characters");
        Assert.Equal("editor", created.GetProperty("role").GetString());
        Assert.Equal(name, created.GetProperty("name").GetString());

        var asEditor = factory.CreateClient(secret);
        Assert.Equal(HttpStatusCode.Created, (await asEditor.SendJsonAsync(HttpMethod.Post, "/api/v1/tags", new { name = TestData.Unique("Tag"), kind = "topic" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asEditor.GetAsync("/api/v1/keys")).StatusCode);

        var list = await (await admin.GetAsync("/api/v1/keys")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(secret, list);
        Assert.DoesNotContain(secret[12..], list);
    }

    [Fact]
    public async Task The_secret_is_stored_only_as_a_hash()
    {
        var response = await factory.CreateAdminClient().SendJsonAsync(HttpMethod.Post, "/api/v1/keys", new { name = TestData.Unique("k"), role = "reader" });
        var created = await response.JsonAsync();
        var secret = created.GetProperty("key").GetString()!;
        var id = created.GetProperty("id").GetGuid();

        var stored = await factory.WithDbAsync(db => Task.FromResult(db.ApiKeys.Single(key => key.Id == id)));

        Assert.Equal(32, stored.SecretHash.Length);
        Assert.DoesNotContain(secret, System.Text.Encoding.UTF8.GetString(stored.SecretHash));
        Assert.True(stored.Matches(secret));
    }

    [Fact]
    public async Task The_list_counts_requests_and_the_last_use()
    {
        var admin = factory.CreateAdminClient();
        var created = await (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/keys", new { name = TestData.Unique("partner"), role = "reader" })).JsonAsync();
        var reader = factory.CreateClient(created.GetProperty("key").GetString());
        for (var request = 0; request < 3; request++)
        {
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/articles")).StatusCode);
        }

        var list = await (await admin.GetAsync("/api/v1/keys")).JsonAsync();

        var listed = list.EnumerateArray().Single(key => key.GetProperty("id").GetGuid() == created.GetProperty("id").GetGuid());
        Assert.Equal(3, listed.GetProperty("requestCount").GetInt64());
        Assert.True(listed.GetProperty("lastUsedAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-1));
        Assert.False(listed.TryGetProperty("key", out _));
        Assert.Equal("reader", listed.GetProperty("role").GetString());
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once()
    {
        var admin = factory.CreateAdminClient();
        var created = await (await admin.SendJsonAsync(HttpMethod.Post, "/api/v1/keys", new { name = TestData.Unique("leaked"), role = "editor" })).JsonAsync();
        var leaked = factory.CreateClient(created.GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.OK, (await leaked.GetAsync("/api/v1/articles")).StatusCode);

        var revoke = await admin.DeleteAsync($"/api/v1/keys/{created.GetProperty("id").GetGuid()}");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        await (await leaked.GetAsync("/api/v1/articles")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var listed = (await (await admin.GetAsync("/api/v1/keys")).JsonAsync()).EnumerateArray()
            .Single(key => key.GetProperty("id").GetGuid() == created.GetProperty("id").GetGuid());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, listed.GetProperty("revokedAt").ValueKind);
    }

    [Fact]
    public async Task An_admin_cannot_revoke_the_key_it_is_using()
    {
        var admin = factory.CreateAdminClient();
        var self = (await (await admin.GetAsync("/api/v1/keys")).JsonAsync()).EnumerateArray()
            .Single(key => key.GetProperty("name").GetString() == "bootstrap admin");

        var response = await admin.DeleteAsync($"/api/v1/keys/{self.GetProperty("id").GetGuid()}");

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/keys")).StatusCode);
    }

    [Fact]
    public async Task Revoking_an_unknown_key_is_404()
    {
        await (await factory.CreateAdminClient().DeleteAsync($"/api/v1/keys/{Guid.CreateVersion7()}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{ "name": "", "role": "editor" }""", "name", "1–200")]
    [InlineData("""{ "name": "x", "role": "superuser" }""", "role", "reader, editor, admin")]
    [InlineData("""{ "name": "x" }""", "role", "required")]
    [InlineData("""{ "name": "x", "role": "reader", "expires": "never" }""", "expires", "not a member")]
    public async Task An_invalid_key_request_is_400_naming_the_field(string body, string field, string message)
    {
        var response = await factory.CreateAdminClient().SendJsonAsync(HttpMethod.Post, "/api/v1/keys", body);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(await response.ErrorsForAsync(field), error => error.Contains(message, StringComparison.Ordinal));
    }
}
