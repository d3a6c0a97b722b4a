using CrossRegion.Domain.Identity;

namespace CrossRegion.Application.Common.Interfaces;

/// <summary>
/// A person's credentials, kept by the identity store beside their <see cref="UserAccount"/> (same id): passwords
/// held to the policy (length, character classes, not one of the last few), checked in constant work whether or not
/// the account exists.
/// </summary>
public interface IAccountCredentials
{
    /// <summary>
    /// Gives a new account (added to the context, not yet saved) its password and saves both in one go; answers the
    /// policy's objections instead when the password is refused, and then nothing is saved.
    /// </summary>
    Task<IReadOnlyList<CredentialProblem>> CreateAsync(UserAccount account, string password, bool mustChangePassword, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="password"/> is the account's; an unknown account (null) costs the same work and is false.</summary>
    Task<bool> CheckPasswordAsync(Guid? accountId, string password, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the password when <paramref name="currentPassword"/> is right and the new one meets the policy (and is
    /// not one of the last few); clears a pending forced change. Saves on success only.
    /// </summary>
    Task<IReadOnlyList<CredentialProblem>> ChangePasswordAsync(Guid accountId, string currentPassword, string newPassword, CancellationToken cancellationToken);

    /// <summary>Where the account's credentials stand, for the person's own view.</summary>
    Task<CredentialState> GetStateAsync(UserAccount account, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="code"/> is a current authenticator code or an unused recovery code (which it then spends).</summary>
    Task<bool> CheckSecondFactorAsync(Guid accountId, string code, CancellationToken cancellationToken);

    /// <summary>Starts (or restarts) enrolment: a new authenticator key; two-factor stays as it was until confirmed.</summary>
    Task<TwoFactorSetup> BeginTwoFactorAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>Turns two-factor on when <paramref name="code"/> matches the new key; answers ten recovery codes (shown once), or null.</summary>
    Task<IReadOnlyList<string>?> ConfirmTwoFactorAsync(Guid accountId, string code, CancellationToken cancellationToken);

    /// <summary>Turns two-factor off and forgets the key and recovery codes.</summary>
    Task DisableTwoFactorAsync(Guid accountId, CancellationToken cancellationToken);
}
