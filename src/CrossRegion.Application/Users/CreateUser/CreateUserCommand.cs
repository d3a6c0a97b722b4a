using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Users.Common;
using MediatR;

namespace CrossRegion.Application.Users.CreateUser;

/// <summary>
/// Gives a person an account. With <paramref name="InitialPassword"/> (held to the policy) they must change it at the
/// first sign-in; without it the answer carries a one-time setup link's token with which they set their own. With
/// <paramref name="Organisation"/> the person is an observer for that organisation of the catalogue (role observer
/// only, no city) and sees only the tasks naming it.
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
    string? InitialPassword = null,
    string? Organisation = null) : IRequest<UserCredentialsDto>;
