namespace ContentApi.Data;

/// <summary>The first response to a create sent with an Idempotency-Key, replayed to retries of the same request.</summary>
public sealed class IdempotencyRecord
{
    public Guid ApiKeyId { get; set; }
    public string Key { get; set; } = "";

    /// <summary>SHA-256 of the request body: the same key with another body is a client error, not a replay.</summary>
    public string RequestHash { get; set; } = "";
    public int StatusCode { get; set; }
    public string ResponseBody { get; set; } = "";
    public string? Location { get; set; }
    public string? ETag { get; set; }
    public DateTime CreatedAt { get; set; }
}
