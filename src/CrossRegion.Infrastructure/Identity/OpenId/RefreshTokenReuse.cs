using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlers;

namespace CrossRegion.Infrastructure.Identity.OpenId;

/// <summary>
/// A refresh token is exchanged once, even by requests that arrive together: OpenIddict detects a reuse that comes
/// after the exchange, but lets concurrent exchanges of the same token all succeed (it ignores the lost race when it
/// marks the token redeemed). Here the race is decided by the token entry's concurrency check: exactly one exchange
/// redeems it; every other one is a reuse, which ends the whole sign-in (the winner's new tokens included), as a
/// stolen copy used alongside the legitimate client must.
/// </summary>
internal sealed class RedeemRefreshTokenOnce(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations)
    : IOpenIddictServerHandler<ProcessSignInContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
            .UseScopedHandler<RedeemRefreshTokenOnce>()
            .SetOrder(RedeemTokenEntry.Descriptor.Order - 500)
            .Build();

    public async ValueTask HandleAsync(ProcessSignInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.EndpointType is not OpenIddictServerEndpointType.Token || context.Request?.IsRefreshTokenGrantType() != true)
        {
            return;
        }

        var authentication = context.Transaction.GetProperty<ProcessAuthenticationContext>(typeof(ProcessAuthenticationContext).FullName!);
        if (authentication?.RefreshTokenPrincipal?.GetTokenId() is not { Length: > 0 } id
            || await tokens.FindByIdAsync(id, context.CancellationToken) is not { } token
            || await tokens.TryRedeemAsync(token, context.CancellationToken))
        {
            return;
        }

        if (authentication.RefreshTokenPrincipal.GetAuthorizationId() is { Length: > 0 } authorizationId)
        {
            await SignIns.EndAsync(authorizations, tokens, authorizationId, context.CancellationToken);
        }

        context.Reject(Errors.InvalidGrant, "The refresh token was exchanged by another request at the same time; its sign-in has ended.");
    }
}

/// <summary>
/// A refresh token presented again after its exchange is a stolen copy or a replay: its sign-in ends (OpenIddict
/// revokes the tokens issued so far, but keeps the authorization for a new flow; a sign-in here is one password
/// login, so it ends whole, and tokens its other holder is issued at the same moment are born ended).
/// </summary>
internal sealed class EndSignInOnRefreshTokenReuse(IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations)
    : IOpenIddictServerHandler<ValidateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseScopedHandler<EndSignInOnRefreshTokenReuse>()
            .SetOrder(Protection.ValidateTokenEntry.Descriptor.Order - 500)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal?.HasTokenType(TokenTypeIdentifiers.RefreshToken) == true
            && context.TokenId is { Length: > 0 } id && context.AuthorizationId is { Length: > 0 } authorizationId
            && await tokens.FindByIdAsync(id, context.CancellationToken) is { } token
            && await tokens.HasStatusAsync(token, Statuses.Redeemed, context.CancellationToken))
        {
            await SignIns.EndAsync(authorizations, tokens, authorizationId, context.CancellationToken);
        }
    }
}
