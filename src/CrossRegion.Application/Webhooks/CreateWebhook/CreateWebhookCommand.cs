using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Webhooks.CreateWebhook;

/// <summary>
/// Register a callback; the secret (generated unless given) is shown in this answer only. Administrators register for
/// anyone; a machine client with <c>webhooks.manage</c> registers its own, for one of the jurisdictions it is limited to.
/// </summary>
[Authorize(Roles = UserRoles.SystemAdministrator, Scope = ScopeNames.WebhooksManage)]
public sealed record CreateWebhookCommand(string? Name, string? Url, IReadOnlyList<string>? EventTypes, string? Jurisdiction, string? Secret)
    : IRequest<WebhookCreatedDto>;
