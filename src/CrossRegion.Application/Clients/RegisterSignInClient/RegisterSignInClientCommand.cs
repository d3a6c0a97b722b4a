using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Clients.RegisterSignInClient;

/// <summary>
/// Registers another system's browser or native application that signs people in with the authorization-code flow
/// (PKCE required, no secret: a public client): its own tokens then act for the signed-in person, with that person's
/// visibility. Redirect addresses must be https, or http on loopback, or a private-use scheme of a native app.
/// </summary>
[Authorize(Roles = UserRoles.SystemAdministrator | UserRoles.JointOfficeAdministrator)]
public sealed record RegisterSignInClientCommand(
    string? ClientId, string? Name, IReadOnlyList<string> RedirectUris, IReadOnlyList<string> PostLogoutRedirectUris, bool OfflineAccess)
    : IRequest<SignInClientDto>;
