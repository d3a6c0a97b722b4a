using CrossRegion.Application.Auth.Common;

namespace CrossRegion.Application.Account.ConfirmTwoFactor;

/// <summary>The recovery codes (each works once, in place of a code; shown only now) and the new token pair.</summary>
public sealed record TwoFactorEnabledDto(IReadOnlyList<string> RecoveryCodes, TokenResponse Tokens);
