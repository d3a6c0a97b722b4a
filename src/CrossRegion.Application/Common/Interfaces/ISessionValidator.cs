namespace CrossRegion.Application.Common.Interfaces;

/// <summary>
/// Whether the session behind a validly signed access token still stands: the user or client exists and is active,
/// and a user's token (its entry in the token server) and sign-in were neither ended nor revoked. Checked on every
/// authenticated request, with a short cache, so that ending a session ends its access tokens within seconds (ADR 0013).
/// </summary>
public interface ISessionValidator
{
    /// <param name="tokenId">The token server's entry for this very access token (claim <c>oi_tkn_id</c>).</param>
    ValueTask<bool> IsActiveAsync(CallerKind kind, string subject, string? tokenId, CancellationToken cancellationToken);

    /// <summary>Whether a console sign-in (an authorization of the token server) stands and its person is active.</summary>
    ValueTask<bool> IsSignInActiveAsync(string subject, string signInId, CancellationToken cancellationToken);
}
