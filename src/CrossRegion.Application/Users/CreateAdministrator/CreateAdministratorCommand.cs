using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Users.CreateAdministrator;

/// <summary>Creates a system administrator; run from the command line on a fresh installation.</summary>
[Authorize(Roles = UserRoles.SystemAdministrator)]
public sealed record CreateAdministratorCommand(string? Username, string? DisplayName, string? Password) : IRequest<Guid>;
