using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentApi.Features.Syndication;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Errors;
using ContentApi.Infrastructure.Json;
using ContentApi.Infrastructure.Mapping;
using ContentApi.Infrastructure.Validation;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ContentApi.Features.Articles;

/// <summary>
/// PATCH with a JSON merge patch: the patch is merged into the article as a PUT would send it, and the result is read
/// as strictly and validated by the same rules as a PUT — so a misspelt member is a 400, never silently dropped.
/// </summary>
public static class ArticlePatchEndpoint
{
    public const string MediaType = MergePatch.MediaType;

    internal static async Task<Ok<ArticleWriteResponse>> PatchArticle(
        [Description("The article's id.")] Guid id,
        [FromHeader(Name = "If-Match"), Description(ArticlePreconditions.IfMatchDescription)] string? ifMatch,
        ArticleWriter writer,
        ArticleContentRules rules,
        IValidator<ArticleRequest> validator,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        TimeProvider clock,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var patch = await ReadPatchAsync(http.Request, cancellationToken);
        var expected = ArticlePreconditions.RequireIfMatch(ifMatch);
        var options = json.Value.SerializerOptions;
        IReadOnlyList<string> removed = [];
        var saved = await writer.ChangeAsync(id, expected, "patched", http.ApiKey()!, async article =>
        {
            var current = JsonSerializer.SerializeToNode(article.MapTo<ArticleRequest>(), options)!;
            var merged = MergePatch.Apply(current.DeepClone(), patch)!;
            if (JsonNode.DeepEquals(current, merged))
            {
                return null;
            }

            var request = merged.Deserialize<ArticleRequest>(options)!;
            ValidationFilter.ThrowIfInvalid(await validator.ValidateAsync(request, cancellationToken));
            removed = (await rules.ApplyAsync(article, request, clock.GetUtcNow().UtcDateTime, cancellationToken)).Removed;
            return ArticleEvent.Updated;
        }, cancellationToken);

        ArticleWriteEndpoints.WriteHeaders(http, saved);
        return TypedResults.Ok(new ArticleWriteResponse(saved.Article, removed));
    }

    private static async Task<JsonObject> ReadPatchAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, MediaType, StringComparison.OrdinalIgnoreCase))
        {
            throw new ProblemException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"Send a PATCH as a JSON merge patch, Content-Type: {MediaType} (got '{request.ContentType ?? "nothing"}').");
        }

        var patch = await JsonNode.ParseAsync(request.Body, documentOptions: MergePatch.DocumentOptions, cancellationToken: cancellationToken);
        return patch as JsonObject
            ?? throw new ValidationProblemException("body", "A merge patch of an article is a JSON object of the members to change, e.g. {\"title\": \"…\"}.");
    }
}
