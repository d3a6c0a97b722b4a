namespace CrossRegion.Application.Common.Interfaces;

/// <summary>
/// Machine clients as the token server knows them (client id, hashed secret, what they may ask for), beside the
/// <see cref="Domain.Identity.ApiClient"/> that says which jurisdictions and scopes they act with.
/// </summary>
public interface IClientRegistrations
{
    /// <summary>Registers a confidential client for the client-credentials grant, revocation and introspection.</summary>
    Task RegisterAsync(string clientId, string displayName, string secret, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken);

    /// <summary>
    /// Registers a public client for the authorization-code flow with PKCE (sign-in on the console's page; tokens for
    /// the signed-in person; refresh tokens when <paramref name="offlineAccess"/>).
    /// </summary>
    Task RegisterSignInClientAsync(
        string clientId, string displayName, IReadOnlyCollection<string> redirectUris, IReadOnlyCollection<string> postLogoutRedirectUris,
        bool offlineAccess, CancellationToken cancellationToken);

    Task<bool> IsRegisteredAsync(string clientId, CancellationToken cancellationToken);

    /// <summary>Replaces the registration's secret (a rotation); the previous one is honoured from the client's record while its grace lasts.</summary>
    Task ChangeSecretAsync(string clientId, string secret, CancellationToken cancellationToken);
}
