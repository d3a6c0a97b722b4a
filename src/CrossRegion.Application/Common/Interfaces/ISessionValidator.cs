namespace CrossRegion.Application.Common.Interfaces;

/// <summary>
/// Whether the session behind a validly signed access token still stands: the user or client exists and is active,
/// and a user's login (refresh-token family) was neither logged out nor revoked. Checked on every authenticated
/// request, with a short cache, so that ending a session ends its access tokens within seconds (ADR 0013).
/// </summary>
public interface ISessionValidator
{
    /// <summary>Prefix of a session id that names a sign-in of the standard token server (its authorization).</summary>
    const string TokenServerSession = "oi:";

    ValueTask<bool> IsActiveAsync(CallerKind kind, string subject, string? sessionId, CancellationToken cancellationToken);
}
