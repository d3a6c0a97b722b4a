using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Users.Common;
using MediatR;

namespace CrossRegion.Application.Users.DisableUser;

/// <summary>Stops a person signing in; their sessions end and their access tokens are refused within seconds.</summary>
[Authorize(Roles = Administration.Administrators)]
public sealed record DisableUserCommand(string Username) : IRequest<AdminUserDto>;
