using MediatR;

namespace CrossRegion.Application.Auth.CompleteSetup;

/// <summary>
/// A person sets their password with the one-time setup link an administrator gave them (a new account or a reset).
/// Anonymous: the token is the credential. An unknown, used or expired token gets one answer (400
/// setup_link_invalid) that tells nothing about the account.
/// </summary>
public sealed record CompleteSetupCommand(string? Token, string? Password) : IRequest;
