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

    public async Task ChangeSecretAsync(string clientId, string secret, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken)
            ?? throw new InvalidOperationException($"The client {clientId} has no token server registration.");
        await applications.UpdateAsync(application, secret, cancellationToken);
    }

    public async Task<bool> IsRegisteredAsync(string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is not null;
}
