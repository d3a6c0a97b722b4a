using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Users.Common;
using MediatR;

namespace CrossRegion.Application.Users.UpdateUser;

/// <summary>
/// Changes a person's name, unit, roles or contact details; a field left out (null) is unchanged, "" clears the unit,
/// email or phone. The city stays: a person who moves city gets an account there. Roles are granted under the same
/// rules as at creation; a change of roles or unit ends the person's sessions (their tokens carry the old ones).
/// </summary>
[Authorize(Roles = Administration.Administrators)]
public sealed record UpdateUserCommand(
    string Username,
    string? DisplayName = null,
    string? Department = null,
    IReadOnlyList<string>? Roles = null,
    string? Email = null,
    string? Phone = null) : IRequest<AdminUserDto>;
