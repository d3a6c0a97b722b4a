namespace CrossRegion.Application.Common.Interfaces;

/// <summary>The sign-ins a person holds with the standard token server (<c>/connect/token</c>).</summary>
public interface ITokenServerSessions
{
    /// <summary>Revokes every sign-in and token of the person: their tokens stop working within the session check.</summary>
    Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken);
}
