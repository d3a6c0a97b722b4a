using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Webhooks.ListWebhooks;

[Authorize(Roles = UserRoles.SystemAdministrator, Scope = ScopeNames.WebhooksManage)]
public sealed record ListWebhooksQuery : IRequest<IReadOnlyList<WebhookDto>>;
