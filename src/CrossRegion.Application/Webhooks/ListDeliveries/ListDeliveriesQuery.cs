using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Webhooks.Common;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Webhooks.ListDeliveries;

/// <summary>A subscription's deliveries, newest first, each with its attempts; <c>status</c> narrows (e.g. dead).</summary>
[Authorize(Roles = UserRoles.SystemAdministrator, Scope = ScopeNames.WebhooksManage)]
public sealed record ListDeliveriesQuery(Guid SubscriptionId, string? Status = null, int? Limit = null, string? Cursor = null)
    : IRequest<CursorPage<WebhookDeliveryDto>>;
