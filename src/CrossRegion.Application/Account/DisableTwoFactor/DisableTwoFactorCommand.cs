using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Account.DisableTwoFactor;

/// <summary>Turn two-factor sign-in off, with the password and a current code (or a recovery code); not where the role requires it.</summary>
[Authorize]
public sealed record DisableTwoFactorCommand(string? Password, string? Code) : IRequest;
