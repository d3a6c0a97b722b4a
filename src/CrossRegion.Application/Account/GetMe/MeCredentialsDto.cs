namespace CrossRegion.Application.Account.GetMe;

/// <summary>
/// A person's own sign-in state: a password change is due (initial or reset password), two-factor is on, their role
/// requires it, and the step they must take before anything else (change_password, enrol_two_factor), if any.
/// </summary>
public sealed record MeCredentialsDto(bool PasswordChangeDue, bool TwoFactorEnabled, bool TwoFactorRequired, string? RequiredAction, DateTimeOffset? PasswordChangedAt);
