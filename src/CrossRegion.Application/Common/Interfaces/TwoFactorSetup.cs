namespace CrossRegion.Application.Common.Interfaces;

/// <summary>A new authenticator key, as text and as the otpauth:// URI an authenticator app scans.</summary>
public sealed record TwoFactorSetup(string SharedKey, string AuthenticatorUri);
