namespace CrossRegion.Application.Common.Interfaces;

/// <summary>
/// Where a person's credentials stand: a password change is due (initial or reset password); two-factor sign-in is
/// on; their role requires it (<c>Identity:TwoFactor:RequiredRoles</c>); no password is set yet (the account waits for
/// its setup link to be used).
/// </summary>
public sealed record CredentialState(
    bool PasswordChangeDue, bool TwoFactorEnabled, bool TwoFactorRequired, DateTimeOffset? PasswordChangedAt, bool AwaitingSetup = false)
{
    /// <summary>The step the person must take before anything else, if any.</summary>
    public string? RequiredAction =>
        PasswordChangeDue ? RequiredActions.ChangePassword
        : TwoFactorRequired && !TwoFactorEnabled ? RequiredActions.EnrolTwoFactor
        : null;
}
