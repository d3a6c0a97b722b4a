using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Users.Common;
using MediatR;

namespace CrossRegion.Application.Users.CreateUser;

/// <summary>
/// Gives a person an account. With <paramref name="InitialPassword"/> (held to the policy) they must change it at the
/// first sign-in; without it the answer carries a one-time setup link's token with which they set their own.
/// </summary>
[Authorize(Roles = Administration.Administrators)]
public sealed record CreateUserCommand(
    string? Username,
    string? DisplayName,
    string? Jurisdiction,
    string? Department,
    IReadOnlyList<string>? Roles,
    string? Email = null,
    string? Phone = null,
    string? InitialPassword = null) : IRequest<UserCredentialsDto>;
