namespace CrossRegion.Application.Account.GetMe;

/// <summary>A person's own sign-in state: a password change is due (initial or reset password), two-factor is on.</summary>
public sealed record MeCredentialsDto(bool PasswordChangeDue, bool TwoFactorEnabled, DateTimeOffset? PasswordChangedAt);
