using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Users.Common;
using MediatR;

namespace CrossRegion.Application.Users.ResetUserPassword;

/// <summary>
/// For a person who forgot their password: with <paramref name="NewPassword"/> (held to the policy) they must change it
/// at their next sign-in; without it the answer carries a one-time setup link's token. Their sessions end either way.
/// </summary>
[Authorize(Roles = Administration.Administrators)]
public sealed record ResetUserPasswordCommand(string Username, string? NewPassword = null) : IRequest<UserCredentialsDto>;
