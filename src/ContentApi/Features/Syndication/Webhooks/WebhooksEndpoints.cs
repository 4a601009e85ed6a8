using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContentApi.Data;
using ContentApi.Domain.Webhooks;
using ContentApi.Features.Articles;
using ContentApi.Infrastructure.Auth;
using ContentApi.Infrastructure.Errors;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Syndication.Webhooks;

/// <summary>Administering partners' webhooks and reading their delivery logs.</summary>
public static class WebhooksEndpoints
{
    public static IEndpointRouteBuilder MapWebhooks(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/webhooks")
            .WithTags("Webhooks")
            .RequireAuthorization(ApiKeyDefaults.AdminPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", CreateWebhook)
            .WithName("CreateWebhook")
            .WithSummary("Register a webhook; the secret that signs its deliveries is shown in this answer only")
            .ProducesValidationProblem();

        group.MapGet("/", ListWebhooks)
            .WithName("ListWebhooks")
            .WithSummary("Every webhook, oldest first, with counts of its deliveries (no secrets)");

        group.MapGet("/{id:guid}", GetWebhook)
            .WithName("GetWebhook")
            .WithSummary("One webhook (no secret)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:guid}", DeleteWebhook)
            .WithName("DeleteWebhook")
            .WithSummary("Stop sending to a webhook; its pending deliveries and delivery log go with it")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/deliveries", ListDeliveries)
            .WithName("ListWebhookDeliveries")
            .WithSummary("A webhook's deliveries, newest first, each with every attempt (status code, duration, error)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/redeliver", Redeliver)
            .WithName("RedeliverWebhookDelivery")
            .WithSummary("Send a finished delivery (failed, or lost on the receiver's side) once more, at once")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        return app;
    }

    internal static async Task<Results<Accepted, ProblemHttpResult>> Redeliver(
        [Description("The webhook's id.")] Guid id,
        [Description("The delivery's id, from the delivery log.")] Guid deliveryId,
        ContentDbContext db,
        WebhookSignal signal,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries.AsTracking().FirstOrDefaultAsync(d => d.Id == deliveryId && d.WebhookId == id, cancellationToken);
        if (delivery is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Webhook '{id}' has no delivery '{deliveryId}'.");
        }

        if (!delivery.Redeliver(clock.GetUtcNow().UtcDateTime))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: "This delivery is still pending: it is sent (again) by itself.");
        }

        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
        return TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries");
    }

    internal static async Task<Created<CreatedWebhookResponse>> CreateWebhook(
        CreateWebhookRequest request,
        IValidator<CreateWebhookRequest> validator,
        ContentDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        await validator.ValidateOrThrowAsync(request, cancellationToken);
        var secret = request.Secret ?? "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var webhook = Webhook.Create(request.Url, request.Events, secret, clock.GetUtcNow().UtcDateTime);
        db.Webhooks.Add(webhook);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/webhooks/{webhook.Id}",
            new CreatedWebhookResponse(webhook.Id, webhook.Url, webhook.Events, webhook.CreatedAt, secret));
    }

    internal static async Task<Ok<List<WebhookResponse>>> ListWebhooks(ContentDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await Project(db, db.Webhooks.OrderBy(webhook => webhook.CreatedAt).ThenBy(webhook => webhook.Id))
            .ToListAsync(cancellationToken));

    internal static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> GetWebhook(
        [Description("The webhook's id.")] Guid id, ContentDbContext db, CancellationToken cancellationToken)
    {
        var webhook = await Project(db, db.Webhooks.Where(webhook => webhook.Id == id)).FirstOrDefaultAsync(cancellationToken);
        return webhook is null ? NotFound(id) : TypedResults.Ok(webhook);
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteWebhook(
        [Description("The webhook's id.")] Guid id, ContentDbContext db, CancellationToken cancellationToken)
    {
        var deleted = await db.Webhooks.Where(webhook => webhook.Id == id).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? NotFound(id) : TypedResults.NoContent();
    }

    internal static async Task<Results<Ok<PageResponse<WebhookDeliveryResponse>>, ProblemHttpResult>> ListDeliveries(
        [Description("The webhook's id.")] Guid id,
        [Description("Only deliveries in this state: pending, succeeded or failed.")] string? status,
        [Description("Page size, 1–100 (default 20).")] int? limit,
        [Description("Opaque; meta.nextCursor of the previous page.")] string? cursor,
        ContentDbContext db,
        CancellationToken cancellationToken)
    {
        var size = limit ?? 20;
        if (size is < 1 or > 100)
        {
            throw new ValidationProblemException("limit", "limit must be a whole number from 1 to 100.");
        }

        DeliveryStatus? only = null;
        if (status is not null)
        {
            only = Enum.TryParse<DeliveryStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(status[0])
                ? parsed
                : throw new ValidationProblemException("status", "status is one of pending, succeeded, failed.");
        }

        var after = cursor is null ? ((DateTime CreatedAt, Guid Id)?)null : DeliveryCursor.Parse(cursor) ?? throw new ValidationProblemException("cursor", "This cursor is not one this API gave out; start again without it.");
        if (!await db.Webhooks.AnyAsync(webhook => webhook.Id == id, cancellationToken))
        {
            return NotFound(id);
        }

        var deliveries = db.WebhookDeliveries.Where(delivery => delivery.WebhookId == id && (only == null || delivery.Status == only));
        if (after is { } position)
        {
            deliveries = deliveries.Where(delivery => delivery.CreatedAt < position.CreatedAt
                || (delivery.CreatedAt == position.CreatedAt && delivery.Id.CompareTo(position.Id) < 0));
        }

        var rows = await deliveries
            .OrderByDescending(delivery => delivery.CreatedAt).ThenByDescending(delivery => delivery.Id)
            .Take(size + 1)
            .Select(delivery => new WebhookDeliveryRow(delivery.Id, delivery.EventId, delivery.Event, delivery.Status, delivery.AttemptCount,
                delivery.CreatedAt, delivery.NextAttemptAt, delivery.CompletedAt, delivery.Payload,
                delivery.Attempts.OrderBy(attempt => attempt.Number)
                    .Select(attempt => new WebhookAttemptResponse(attempt.Number, attempt.AttemptedAt, attempt.StatusCode, attempt.DurationMs, attempt.Error))
                    .ToList()))
            .ToListAsync(cancellationToken);

        var page = rows.Take(size).ToList();
        var next = rows.Count > size ? DeliveryCursor.Format(page[^1].CreatedAt, page[^1].Id) : null;
        return TypedResults.Ok(new PageResponse<WebhookDeliveryResponse>(
            [.. page.Select(row => row.ToResponse())], new PageMeta { Limit = size, NextCursor = next }));
    }

    private static IQueryable<WebhookResponse> Project(ContentDbContext db, IQueryable<Webhook> webhooks) =>
        webhooks.Select(webhook => new WebhookResponse(webhook.Id, webhook.Url, webhook.Events, webhook.CreatedAt, new WebhookDeliveryCounts(
            db.WebhookDeliveries.LongCount(delivery => delivery.WebhookId == webhook.Id && delivery.Status == DeliveryStatus.Pending),
            db.WebhookDeliveries.LongCount(delivery => delivery.WebhookId == webhook.Id && delivery.Status == DeliveryStatus.Succeeded),
            db.WebhookDeliveries.LongCount(delivery => delivery.WebhookId == webhook.Id && delivery.Status == DeliveryStatus.Failed))));

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No webhook has the id '{id}'.");

    /// <summary>The position after the last delivery of a page: its creation time and id.</summary>
    private static class DeliveryCursor
    {
        public static string Format(DateTime createdAt, Guid id) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{createdAt.Ticks.ToString(CultureInfo.InvariantCulture)}:{id:N}"))
                .TrimEnd('=').Replace('+', '-').Replace('/', '_');

        public static (DateTime CreatedAt, Guid Id)? Parse(string cursor)
        {
            try
            {
                var base64 = cursor.Replace('-', '+').Replace('_', '/');
                var text = Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=')));
                var parts = text.Split(':');
                return parts.Length == 2
                    && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTime.MaxValue.Ticks
                    && Guid.TryParseExact(parts[1], "N", out var id)
                    ? (new DateTime(ticks, DateTimeKind.Utc), id)
                    : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
