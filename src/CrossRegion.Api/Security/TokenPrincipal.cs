using System.Security.Claims;
using CrossRegion.Application.Common.Interfaces;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CrossRegion.Api.Security;

/// <summary>
/// The principal the token server signs for a subject: the same claim names as every CrossRegion access token
/// (<c>sub</c>, <c>name</c>, <c>typ_caller</c>, <c>jur</c>, <c>dept</c>, <c>role</c>, <c>scope</c>), all of them
/// destined for the access token, our API as its audience.
/// </summary>
internal static class TokenPrincipal
{
    public static ClaimsPrincipal For(TokenSubject subject, string audience, bool offline)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var identity = SubjectClaims.Identity(subject, "OpenIddict");

        // offline_access asks the server for a refresh token (people only; a client simply asks again).
        identity.SetScopes(offline ? [.. subject.Scopes, Scopes.OfflineAccess] : [.. subject.Scopes]);
        identity.SetResources(audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
