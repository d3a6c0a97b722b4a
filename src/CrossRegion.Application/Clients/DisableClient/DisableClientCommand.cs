using CrossRegion.Application.Clients.Common;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Clients.DisableClient;

/// <summary>Stops a machine client: no new tokens, and its access tokens are refused within seconds.</summary>
[Authorize(Roles = UserRoles.SystemAdministrator | UserRoles.JointOfficeAdministrator)]
public sealed record DisableClientCommand(string ClientId) : IRequest<AdminClientDto>;
