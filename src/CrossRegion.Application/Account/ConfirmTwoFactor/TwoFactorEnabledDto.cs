namespace CrossRegion.Application.Account.ConfirmTwoFactor;

/// <summary>
/// The recovery codes (each works once, in place of a code; shown only now). The sign-in continues: a refresh gives
/// tokens that no longer ask for the enrolment.
/// </summary>
public sealed record TwoFactorEnabledDto(IReadOnlyList<string> RecoveryCodes);
