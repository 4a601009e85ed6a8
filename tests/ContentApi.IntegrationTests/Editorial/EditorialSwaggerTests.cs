using System.Text.Json;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Editorial;

public class EditorialSwaggerTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Theory]
    [InlineData("/api/v1/articles", "post", "201,400,401,403,409,413,415,422")]
    [InlineData("/api/v1/articles/{id}", "put", "200,400,401,403,404,409,412,413,415,428")]
    [InlineData("/api/v1/articles/{id}", "patch", "200,400,412,415,428")]
    [InlineData("/api/v1/articles/{id}", "delete", "204,404,412,428")]
    [InlineData("/api/v1/articles/{id}/publish", "post", "200,400,412,428")]
    [InlineData("/api/v1/articles/{id}/unpublish", "post", "200,412,428")]
    [InlineData("/api/v1/articles/{id}/links", "put", "200,400,412,428")]
    [InlineData("/api/v1/articles/{id}/revisions", "get", "200,404")]
    [InlineData("/api/v1/articles/{id}/revisions/{number}", "get", "200,404")]
    [InlineData("/api/v1/authors", "post", "201,400,409")]
    [InlineData("/api/v1/authors/{id}", "delete", "204,404,409")]
    [InlineData("/api/v1/tags", "post", "201,400,409")]
    [InlineData("/api/v1/tags/{id}", "put", "200,400,404,409")]
    [InlineData("/api/v1/keys", "post", "201,400,401,403")]
    [InlineData("/api/v1/keys", "get", "200,401,403")]
    [InlineData("/api/v1/keys/{id}", "delete", "204,404,409")]
    public async Task Swagger_documents_each_write_route_with_its_problem_responses(string path, string method, string statuses)
    {
        using var document = JsonDocument.Parse(await factory.CreateClient(apiKey: null).GetStringAsync("/swagger/v1/swagger.json"));

        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);

        Assert.False(string.IsNullOrEmpty(operation.GetProperty("operationId").GetString()));
        Assert.False(string.IsNullOrEmpty(operation.GetProperty("summary").GetString()));
        var responses = operation.GetProperty("responses");
        foreach (var status in statuses.Split(','))
        {
            Assert.True(responses.TryGetProperty(status, out _), $"{method} {path} does not document {status}");
        }
    }

    [Fact]
    public async Task Patch_is_documented_as_a_merge_patch_and_if_match_as_a_header()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient(apiKey: null).GetStringAsync("/swagger/v1/swagger.json"));

        var patch = document.RootElement.GetProperty("paths").GetProperty("/api/v1/articles/{id}").GetProperty("patch");

        Assert.True(patch.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/merge-patch+json", out _));
        Assert.Contains(patch.GetProperty("parameters").EnumerateArray(),
            parameter => parameter.GetProperty("name").GetString() == "If-Match" && parameter.GetProperty("in").GetString() == "header");
    }
}
