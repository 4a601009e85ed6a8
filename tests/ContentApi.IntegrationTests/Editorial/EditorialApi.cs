using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ContentApi.Domain.Keys;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Editorial;

/// <summary>Helpers for talking to the editorial routes the way an editor's tool does.</summary>
public static class EditorialApi
{
    public static async Task<HttpClient> CreateEditorClientAsync(this ContentApiFactory factory, string? name = null) =>
        factory.CreateClient(await factory.AddKeyAsync(ApiKeyRole.Editor, name));

    /// <summary>A valid create body by one new author; <paramref name="with"/> adds or replaces members.</summary>
    public static async Task<Dictionary<string, object?>> ArticleBodyAsync(this ContentApiFactory factory, object? with = null)
    {
        var author = await factory.AddAuthorAsync();
        var body = new Dictionary<string, object?>
        {
            ["title"] = TestData.Unique("Title"),
            ["type"] = "news",
            ["summary"] = "A short lead.",
            ["bodyHtml"] = "<p>Body text.</p>",
            ["language"] = "en",
            ["authorIds"] = new[] { author.Id },
        };
        if (with is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(with, TestJson.Options).EnumerateObject())
            {
                body[property.Name] = property.Value;
            }
        }

        return body;
    }

    /// <summary>Creates an article and returns its JSON and ETag; fails the test unless it is a 201.</summary>
    public static async Task<(JsonElement Article, string ETag)> CreateArticleAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/articles", body, TestJson.Options);
        var json = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Expected 201, got {(int)response.StatusCode}: {json}");
        return (json, response.Headers.ETag!.ToString());
    }

    public static async Task<(JsonElement Article, string ETag)> CreateArticleAsync(this ContentApiFactory factory, HttpClient client, object? with = null) =>
        await client.CreateArticleAsync(await factory.ArticleBodyAsync(with));

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch = null, string mediaType = "application/json")
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            var text = body as string ?? JsonSerializer.Serialize(body, TestJson.Options);
            request.Content = new StringContent(text, Encoding.UTF8, mediaType);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PatchAsync(this HttpClient client, string url, object patch, string? ifMatch) =>
        client.SendJsonAsync(HttpMethod.Patch, url, patch, ifMatch, "application/merge-patch+json");

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The messages of a 400 problem for one field (empty when it names no such field).</summary>
    public static async Task<string[]> ErrorsForAsync(this HttpResponseMessage response, string field)
    {
        var json = await response.JsonAsync();
        return json.ValueKind == JsonValueKind.Object && json.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
            ? [.. messages.EnumerateArray().Select(message => message.GetString()!)]
            : [];
    }

    public static string ETagOf(this HttpResponseMessage response) => response.Headers.ETag?.ToString() ?? "";

    public static async Task AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public static MediaTypeHeaderValue Json => new("application/json");
}
