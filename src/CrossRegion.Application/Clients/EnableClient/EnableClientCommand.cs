using CrossRegion.Application.Clients.Common;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Clients.EnableClient;

/// <summary>Lets a disabled machine client obtain tokens again (with its current secret).</summary>
[Authorize(Roles = UserRoles.SystemAdministrator | UserRoles.JointOfficeAdministrator)]
public sealed record EnableClientCommand(string ClientId) : IRequest<AdminClientDto>;
