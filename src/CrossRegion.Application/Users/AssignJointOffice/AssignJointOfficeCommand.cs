using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Users.Common;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Users.AssignJointOffice;

/// <summary>
/// Assigns joint-office staff to an office (万达开 or 万开云) from <paramref name="StartsOn"/> (default today) until
/// <paramref name="EndsOn"/> (open-ended when null); a seconded person keeps their home city. Takes effect at their next
/// sign-in or token refresh.
/// </summary>
[Authorize(Roles = UserRoles.SystemAdministrator | UserRoles.JointOfficeAdministrator)]
public sealed record AssignJointOfficeCommand(string Username, string? Office, DateOnly? StartsOn = null, DateOnly? EndsOn = null) : IRequest<AdminUserDto>;
