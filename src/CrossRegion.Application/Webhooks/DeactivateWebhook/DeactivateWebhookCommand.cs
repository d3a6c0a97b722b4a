using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Webhooks.DeactivateWebhook;

/// <summary>Stop delivering to a subscription; its deliveries stay listed.</summary>
[Authorize(Roles = UserRoles.SystemAdministrator, Scope = ScopeNames.WebhooksManage)]
public sealed record DeactivateWebhookCommand(Guid Id) : IRequest;
