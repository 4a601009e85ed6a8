using System.ComponentModel;
using ContentApi.Data;
using ContentApi.Domain.Keys;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Errors;
using ContentApi.Infrastructure.Mapping;
using ContentApi.Infrastructure.Validation;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Keys;

/// <summary>API keys (admin only): create one (its secret shown once), list them with their use, revoke one.</summary>
public static partial class KeysEndpoints
{
    public static IEndpointRouteBuilder MapKeys(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/keys")
            .WithTags("Keys")
            .RequireAuthorization(ApiKeyDefaults.AdminPolicy)
            .WithValidation()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", CreateKey)
            .WithName("CreateKey")
            .WithSummary("Create a key; the response holds its secret, shown this once and stored only as a hash");

        group.MapGet("/", ListKeys)
            .WithName("ListKeys")
            .WithSummary("Every key (never a secret), with when it was last used and how many requests it made");

        group.MapDelete("/{id}", RevokeKey)
            .WithName("RevokeKey")
            .WithSummary("Revoke a key; it is refused (401) from the next request on")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }

    internal static async Task<Created<CreatedKeyResponse>> CreateKey(
        CreateKeyRequest request, ContentDbContext db, TimeProvider clock, HttpContext http, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var key = ApiKey.Generate(request.Name.Trim(), request.Role, clock.GetUtcNow().UtcDateTime, out var secret);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);

        var admin = http.ApiKey()!;
        LogKey(loggers.CreateLogger(typeof(KeysEndpoints)), admin.Name, admin.Id, "created", key.Name, key.Id, key.Role);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/api/v1/keys/{key.Id}", new CreatedKeyResponse(key.Id, key.Name, key.Role, secret));
    }

    internal static async Task<Ok<List<ApiKeyResponse>>> ListKeys(ContentDbContext db, ApiKeyStore store, CancellationToken cancellationToken)
    {
        // Use is counted in memory and written every few seconds; add what is not written yet, so the list is exact.
        var keys = await store.WithUsageSettledAsync(async () =>
        {
            var stored = await db.ApiKeys.OrderBy(key => key.CreatedAt).ThenBy(key => key.Id)
                .ProjectToType<ApiKeyResponse>(MappingSetup.Config)
                .ToListAsync(cancellationToken);
            return stored.Select(key => store.PendingUsage(key.Id) is { } pending
                ? key with
                {
                    RequestCount = key.RequestCount + pending.Count,
                    LastUsedAt = key.LastUsedAt is { } last && last > pending.LastUsedAt ? last : pending.LastUsedAt,
                }
                : key).ToList();
        }, cancellationToken);
        return TypedResults.Ok(keys);
    }

    internal static async Task<NoContent> RevokeKey(
        [Description("The key's id.")] Guid id,
        ContentDbContext db,
        ApiKeyStore store,
        TimeProvider clock,
        HttpContext http,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var admin = http.ApiKey()!;
        if (id == admin.Id)
        {
            // Revoking the key in use would lock its holder out mid-session; another admin key can do it.
            throw ProblemException.Conflict("You cannot revoke the key you are using. Create another admin key and revoke this one with it.");
        }

        var key = await db.ApiKeys.AsTracking().FirstOrDefaultAsync(k => k.Id == id, cancellationToken)
            ?? throw ProblemException.NotFound($"No API key has the id {id}.");
        key.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        store.Evict(key.LookupPrefix);

        LogKey(loggers.CreateLogger(typeof(KeysEndpoints)), admin.Name, admin.Id, "revoked", key.Name, key.Id, key.Role);
        return TypedResults.NoContent();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit: key {AdminName} ({AdminId}) {Action} API key {KeyName} ({KeyId}, {Role})")]
    private static partial void LogKey(ILogger logger, string adminName, Guid adminId, string action, string keyName, Guid keyId, ApiKeyRole role);
}
