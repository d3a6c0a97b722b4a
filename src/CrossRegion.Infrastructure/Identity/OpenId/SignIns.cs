using OpenIddict.Abstractions;

namespace CrossRegion.Infrastructure.Identity.OpenId;

/// <summary>A sign-in of the token server is its authorization: ending it revokes it and every token issued in it.</summary>
internal static class SignIns
{
    public static async Task EndAsync(
        IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens, string authorizationId, CancellationToken cancellationToken)
    {
        if (await authorizations.FindByIdAsync(authorizationId, cancellationToken) is { } authorization)
        {
            await authorizations.TryRevokeAsync(authorization, cancellationToken);
        }

        await tokens.RevokeByAuthorizationIdAsync(authorizationId, cancellationToken);
    }
}
