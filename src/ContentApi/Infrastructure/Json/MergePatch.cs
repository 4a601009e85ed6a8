using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContentApi.Infrastructure.Json;

/// <summary>JSON Merge Patch (RFC 7396): members of the patch replace the target's, null removes one, objects merge.</summary>
public static class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    /// <summary>As strict as request bodies: no comments, no trailing commas, no member given twice.</summary>
    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
        MaxDepth = 64,
    };

    /// <summary>Returns the patched document; <paramref name="target"/> is changed in place when it is an object.</summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target as JsonObject ?? [];
        foreach (var (name, value) in patchObject)
        {
            if (value is null)
            {
                result.Remove(name);
            }
            else
            {
                var current = result[name];
                result.Remove(name);
                result[name] = Apply(current, value);
            }
        }

        return result;
    }
}
