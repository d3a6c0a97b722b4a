using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Webhooks.Common;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Webhooks.Redeliver;

/// <summary>Send a delivery again from its first attempt (typically a dead-lettered one, once the receiver is fixed).</summary>
[Authorize(Roles = UserRoles.SystemAdministrator, Scope = ScopeNames.WebhooksManage)]
public sealed record RedeliverCommand(long DeliveryId) : IRequest<WebhookDeliveryDto>;
