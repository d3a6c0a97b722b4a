using CrossRegion.Application.Common.Interfaces;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CrossRegion.Infrastructure.Identity.OpenId;

/// <summary><see cref="IClientRegistrations"/> as OpenIddict applications (OpenIddict hashes the secret).</summary>
internal sealed class OpenIddictClientRegistrations(IOpenIddictApplicationManager applications) : IClientRegistrations
{
    public async Task RegisterAsync(string clientId, string displayName, string secret, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName,
        };
        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Token,
            Permissions.Endpoints.Revocation,
            Permissions.Endpoints.Introspection,
            Permissions.GrantTypes.ClientCredentials,
            .. scopes.Select(s => Permissions.Prefixes.Scope + s),
        ]);
        await applications.CreateAsync(descriptor, cancellationToken);
    }

    public async Task RegisterSignInClientAsync(
        string clientId, string displayName, IReadOnlyCollection<string> redirectUris, IReadOnlyCollection<string> postLogoutRedirectUris,
        bool offlineAccess, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(redirectUris);
        ArgumentNullException.ThrowIfNull(postLogoutRedirectUris);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = displayName,
        };
        descriptor.RedirectUris.UnionWith(redirectUris.Select(u => new Uri(u, UriKind.Absolute)));
        descriptor.PostLogoutRedirectUris.UnionWith(postLogoutRedirectUris.Select(u => new Uri(u, UriKind.Absolute)));
        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Authorization,
            Permissions.Endpoints.Token,
            Permissions.Endpoints.EndSession,
            Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.AuthorizationCode,
            Permissions.ResponseTypes.Code,
            Permissions.Scopes.Profile,
            .. Application.Common.Security.ScopeNames.All.Select(s => Permissions.Prefixes.Scope + s),
        ]);
        if (offlineAccess)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
        }

        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        await applications.CreateAsync(descriptor, cancellationToken);
    }

    public async Task ChangeSecretAsync(string clientId, string secret, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken)
            ?? throw new InvalidOperationException($"The client {clientId} has no token server registration.");
        await applications.UpdateAsync(application, secret, cancellationToken);
    }

    public async Task<bool> IsRegisteredAsync(string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is not null;
}
