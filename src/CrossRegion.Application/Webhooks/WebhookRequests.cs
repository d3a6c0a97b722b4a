using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Webhooks;

/// <summary>
/// Register a callback; the secret (generated unless given) is shown in this answer only. Administrators register for
/// anyone; a machine client with <c>webhooks.manage</c> registers its own, for one of the jurisdictions it is limited to.
/// </summary>
[Authorize(Roles = UserRoles.SystemAdministrator, Scope = ScopeNames.WebhooksManage)]
public sealed record CreateWebhookCommand(string? Name, string? Url, IReadOnlyList<string>? EventTypes, string? Jurisdiction, string? Secret)
    : IRequest<WebhookCreatedDto>;

[Authorize(Roles = UserRoles.SystemAdministrator, Scope = ScopeNames.WebhooksManage)]
public sealed record ListWebhooksQuery : IRequest<IReadOnlyList<WebhookDto>>;

/// <summary>Stop delivering to a subscription; its deliveries stay listed.</summary>
[Authorize(Roles = UserRoles.SystemAdministrator, Scope = ScopeNames.WebhooksManage)]
public sealed record DeactivateWebhookCommand(Guid Id) : IRequest;

/// <summary>A subscription's deliveries, newest first, each with its attempts; <c>status</c> narrows (e.g. dead).</summary>
[Authorize(Roles = UserRoles.SystemAdministrator, Scope = ScopeNames.WebhooksManage)]
public sealed record ListDeliveriesQuery(Guid SubscriptionId, string? Status = null, int? Limit = null, string? Cursor = null)
    : IRequest<CursorPage<WebhookDeliveryDto>>;

/// <summary>Send a delivery again from its first attempt (typically a dead-lettered one, once the receiver is fixed).</summary>
[Authorize(Roles = UserRoles.SystemAdministrator, Scope = ScopeNames.WebhooksManage)]
public sealed record RedeliverCommand(long DeliveryId) : IRequest<WebhookDeliveryDto>;

public sealed record WebhookDto(
    Guid Id, string Name, string Url, IReadOnlyList<string> EventTypes, string? Jurisdiction, bool Active, long PlannedThrough, DateTimeOffset CreatedAt, string? OwnerClientId);

public sealed record WebhookCreatedDto(Guid Id, string Name, string Url, IReadOnlyList<string> EventTypes, string? Jurisdiction, string Secret);

public sealed record WebhookDeliveryDto(
    long Id, string EventId, long Position, string EventType, string Status, int Attempts, DateTimeOffset NextAttemptAt,
    DateTimeOffset? DeliveredAt, int? LastStatusCode, string? LastError, IReadOnlyList<WebhookAttemptDto> AttemptLog);

public sealed record WebhookAttemptDto(int Number, DateTimeOffset At, int? StatusCode, string? Error, long DurationMs);
