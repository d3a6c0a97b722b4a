namespace CrossRegion.Application.Common.Interfaces;

/// <summary>
/// The sign-ins a person holds with the token server: those of its token endpoints and those of the console, each an
/// authorization of the token server, so that ending a person's sessions ends them all alike.
/// </summary>
public interface ITokenServerSessions
{
    /// <summary>Revokes every sign-in and token of the person: their tokens stop working within the session check.</summary>
    Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Opens a sign-in for the console (no token is issued in it); its id goes into the console's cookie.</summary>
    Task<string> BeginAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Ends one sign-in (a console sign-out) and every token issued in it.</summary>
    Task EndAsync(string signInId, CancellationToken cancellationToken);
}
