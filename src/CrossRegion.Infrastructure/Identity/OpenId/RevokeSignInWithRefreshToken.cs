using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlers.Revocation;

namespace CrossRegion.Infrastructure.Identity.OpenId;

/// <summary>
/// Revoking a refresh token ends the sign-in it belongs to: its authorization and every token issued in it, the
/// access tokens included (RFC 7009 §2.1 asks this of a server that can; the session check then refuses them within
/// seconds). This is what a logout means on <c>/api/v1/auth/logout</c> and <c>/connect/revoke</c> alike.
/// </summary>
internal sealed class RevokeSignInWithRefreshToken(IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens)
    : IOpenIddictServerHandler<HandleRevocationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleRevocationRequestContext>()
            .UseScopedHandler<RevokeSignInWithRefreshToken>()
            .SetOrder(RevokeToken.Descriptor.Order + 1_000)
            .Build();

    public async ValueTask HandleAsync(HandleRevocationRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IsRejected && context.GenericTokenPrincipal.HasTokenType(TokenTypeIdentifiers.RefreshToken)
            && context.GenericTokenPrincipal.GetAuthorizationId() is { Length: > 0 } id)
        {
            await SignIns.EndAsync(authorizations, tokens, id, context.CancellationToken);
        }
    }
}
