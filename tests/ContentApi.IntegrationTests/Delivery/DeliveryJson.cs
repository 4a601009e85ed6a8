using System.Net;
using System.Text.Json;

namespace ContentApi.IntegrationTests.Delivery;

/// <summary>Reading list pages and problems in tests.</summary>
public static class DeliveryJson
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url) => await (await client.GetAsync(url)).JsonAsync();

    public static List<Guid> Ids(this JsonElement page) =>
        [.. page.GetProperty("data").EnumerateArray().Select(item => item.GetProperty("id").GetGuid())];

    public static string? NextCursor(this JsonElement page) => page.GetProperty("meta").GetProperty("nextCursor").GetString();

    /// <summary>Asserts a 400 problem whose errors name <paramref name="field"/>; returns its message.</summary>
    public static async Task<string> AssertBadRequestAsync(this HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"errors lack '{field}': {text}");
        Assert.DoesNotContain("System.", text);
        Assert.True(problem.TryGetProperty("traceId", out _));
        return messages[0].GetString()!;
    }

    /// <summary>Equal as sets: the same members, any order.</summary>
    public static void AssertSet(IEnumerable<Guid> expected, IEnumerable<Guid> actual)
    {
        var expectedSet = expected.ToHashSet();
        var actualList = actual.ToList();
        Assert.True(expectedSet.SetEquals(actualList) && actualList.Count == expectedSet.Count,
            $"expected {{{string.Join(", ", expectedSet)}}}, got {{{string.Join(", ", actualList)}}}");
    }

    /// <summary>Distinct letters-only words, so full-text tests never match each other's rows.</summary>
    public static string Word() => new([.. Guid.NewGuid().ToString("N")[..12].Select(c => (char)('a' + (c % 26)))]);
}
