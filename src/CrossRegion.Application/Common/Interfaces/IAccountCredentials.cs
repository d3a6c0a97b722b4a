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
    /// policy's objections instead when the password is refused, and then nothing is saved. Without a password the
    /// account gets one through a setup link (<see cref="IssueSetupLink"/>, added before this call to be saved with it).
    /// </summary>
    Task<IReadOnlyList<CredentialProblem>> CreateAsync(UserAccount account, string? password, bool mustChangePassword, CancellationToken cancellationToken);

    /// <summary>
    /// Adds credentials without a password for a new account (added to the context) to the context, to be saved with
    /// the caller's next save: for creating many accounts in one transaction (the person sets a password through a
    /// setup link).
    /// </summary>
    void StageAwaitingSetup(UserAccount account);

    /// <summary>
    /// An administrator's reset: the password becomes <paramref name="newPassword"/> (held to the policy and history)
    /// and, with <paramref name="mustChangePassword"/>, must be changed at the next sign-in. Saves on success only.
    /// </summary>
    Task<IReadOnlyList<CredentialProblem>> SetPasswordAsync(Guid accountId, string newPassword, bool mustChangePassword, CancellationToken cancellationToken);

    /// <summary>
    /// A new one-time setup link for the account (older ones stop working), added to the context: it is saved with
    /// the caller's next save. <c>Identity:SetupLinkHours</c> (72) long.
    /// </summary>
    SetupLink IssueSetupLink(Guid accountId);

    /// <summary>
    /// Sets the password of the account the link was issued for and spends the link, in one save. Null when the link
    /// is unknown, used or expired (the caller says so without telling which); the policy's objections when the
    /// password is refused (the link stays usable).
    /// </summary>
    Task<IReadOnlyList<CredentialProblem>?> RedeemSetupLinkAsync(string token, string newPassword, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="password"/> is the account's; an unknown account (null) costs the same work and is false.</summary>
    Task<bool> CheckPasswordAsync(Guid? accountId, string password, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the password when <paramref name="currentPassword"/> is right and the new one meets the policy (and is
    /// not one of the last few); clears a pending forced change. Saves on success only.
    /// </summary>
    Task<IReadOnlyList<CredentialProblem>> ChangePasswordAsync(Guid accountId, string currentPassword, string newPassword, CancellationToken cancellationToken);

    /// <summary>Where the account's credentials stand, for the person's own view.</summary>
    Task<CredentialState> GetStateAsync(UserAccount account, CancellationToken cancellationToken);

    /// <summary>The same for a page of accounts, in one query (an administrator's list).</summary>
    Task<IReadOnlyDictionary<Guid, CredentialState>> GetStatesAsync(IReadOnlyCollection<UserAccount> accounts, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="code"/> is a current authenticator code or an unused recovery code (which it then spends).</summary>
    Task<bool> CheckSecondFactorAsync(Guid accountId, string code, CancellationToken cancellationToken);

    /// <summary>Starts (or restarts) enrolment: a new authenticator key; two-factor stays as it was until confirmed.</summary>
    Task<TwoFactorSetup> BeginTwoFactorAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>Turns two-factor on when <paramref name="code"/> matches the new key; answers ten recovery codes (shown once), or null.</summary>
    Task<IReadOnlyList<string>?> ConfirmTwoFactorAsync(Guid accountId, string code, CancellationToken cancellationToken);

    /// <summary>Turns two-factor off and forgets the key and recovery codes.</summary>
    Task DisableTwoFactorAsync(Guid accountId, CancellationToken cancellationToken);
}
