using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ContentApi.Infrastructure.RateLimiting;

/// <summary>Documents on every API route what the rate limiter may answer, and the headers it adds.</summary>
internal sealed class RateLimitOperationFilter : IOperationFilter
{
    private static readonly (string Name, string Description, JsonSchemaType Type)[] Headers =
    [
        ("RateLimit-Limit", "Requests allowed in the current window.", JsonSchemaType.Integer),
        ("RateLimit-Remaining", "Requests left in the current window.", JsonSchemaType.Integer),
        ("RateLimit-Reset", "Seconds until the window ends and the requests come back.", JsonSchemaType.Integer),
        ("RateLimit-Policy", "The limits that applied, as limit;w=window-seconds.", JsonSchemaType.String),
    ];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.RelativePath?.StartsWith("api/", StringComparison.Ordinal) != true)
        {
            return;
        }

        operation.Responses ??= [];
        if (!operation.Responses.ContainsKey("429"))
        {
            operation.Responses["429"] = new OpenApiResponse
            {
                Description = "Too many requests: wait for Retry-After seconds. Limits are per API key, or per client address without one.",
                Headers = new Dictionary<string, IOpenApiHeader>(Headers.ToDictionary(header => header.Name, header => (IOpenApiHeader)Header(header.Description, header.Type)))
                {
                    ["Retry-After"] = Header("Seconds to wait before trying again.", JsonSchemaType.Integer),
                },
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
                },
            };
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (status.StartsWith('2') && response is OpenApiResponse concrete)
            {
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                foreach (var (name, description, type) in Headers)
                {
                    concrete.Headers.TryAdd(name, Header(description, type));
                }
            }
        }
    }

    private static OpenApiHeader Header(string description, JsonSchemaType type) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}
