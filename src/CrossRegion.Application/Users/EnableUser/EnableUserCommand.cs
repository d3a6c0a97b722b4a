using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Users.Common;
using MediatR;

namespace CrossRegion.Application.Users.EnableUser;

/// <summary>Lets a disabled person sign in again (with the password they had).</summary>
[Authorize(Roles = Administration.Administrators)]
public sealed record EnableUserCommand(string Username) : IRequest<AdminUserDto>;
