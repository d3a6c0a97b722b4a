using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Users.Common;
using MediatR;

namespace CrossRegion.Application.Users.ResetUserTwoFactor;

/// <summary>
/// For a person who lost their authenticator and recovery codes: two-factor is turned off and its key forgotten, their
/// sessions end; where their role requires two-factor they enrol again at their next sign-in.
/// </summary>
[Authorize(Roles = Administration.Administrators)]
public sealed record ResetUserTwoFactorCommand(string Username) : IRequest<AdminUserDto>;
