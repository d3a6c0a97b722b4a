using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Users.Common;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Users.EndJointOfficeAssignment;

/// <summary>
/// Ends a person's open or current assignment to an office after <paramref name="LastDay"/> (default today). Nothing is
/// deleted: the assignment stays listed with its dates. Their sessions end, so the office's tasks leave their view at once.
/// </summary>
[Authorize(Roles = UserRoles.SystemAdministrator | UserRoles.JointOfficeAdministrator)]
public sealed record EndJointOfficeAssignmentCommand(string Username, string Office, DateOnly? LastDay = null) : IRequest<AdminUserDto>;
