using System.Text.Json;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Delivery;

public class DeliverySwaggerTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData("/api/v1/articles")]
    [InlineData("/api/v1/tags/{idOrSlug}/articles")]
    [InlineData("/api/v1/authors/{idOrSlug}/articles")]
    public async Task Article_lists_document_every_parameter_with_a_description_and_the_400(string path)
    {
        using var document = JsonDocument.Parse(await factory.CreateClient(apiKey: null).GetStringAsync("/swagger/v1/swagger.json"));
        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get");

        var parameters = operation.GetProperty("parameters").EnumerateArray()
            .ToDictionary(parameter => parameter.GetProperty("name").GetString()!, parameter => parameter);
        foreach (var name in new[] { "type", "tag", "author", "lang", "from", "to", "q", "sort", "limit", "cursor", "page", "include", "facets", "status" })
        {
            Assert.True(parameters.ContainsKey(name), $"{path} lacks {name}: {string.Join(", ", parameters.Keys)}");
            Assert.False(string.IsNullOrWhiteSpace(parameters[name].GetProperty("description").GetString()));
        }

        Assert.True(operation.GetProperty("responses").TryGetProperty("400", out _));
        Assert.True(operation.GetProperty("responses").TryGetProperty("304", out _));
    }

    [Fact]
    public async Task Related_sitemap_and_single_author_and_tag_routes_are_documented()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient(apiKey: null).GetStringAsync("/swagger/v1/swagger.json"));
        var paths = document.RootElement.GetProperty("paths");

        foreach (var path in new[] { "/api/v1/articles/{idOrSlug}/related", "/api/v1/sitemap", "/api/v1/authors/{idOrSlug}", "/api/v1/tags/{idOrSlug}" })
        {
            Assert.True(paths.TryGetProperty(path, out var item), path);
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("get").GetProperty("summary").GetString()));
        }
    }
}
