using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Users.Common;
using MediatR;

namespace CrossRegion.Application.Users.GetUser;

[Authorize(Roles = Administration.Administrators)]
public sealed record GetUserQuery(string Username) : IRequest<AdminUserDto>;
