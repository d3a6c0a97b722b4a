namespace CrossRegion.Application.Common.Interfaces;

/// <summary>Whether a password change is due (initial or reset password) and whether two-factor sign-in is on.</summary>
public sealed record CredentialState(bool PasswordChangeDue, bool TwoFactorEnabled, DateTimeOffset? PasswordChangedAt);
