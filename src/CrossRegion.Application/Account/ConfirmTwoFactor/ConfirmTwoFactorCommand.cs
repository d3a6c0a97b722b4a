using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Account.ConfirmTwoFactor;

/// <summary>Finish enrolling with a code from the authenticator: two-factor is on, recovery codes are shown once, and a new token pair follows.</summary>
[Authorize]
public sealed record ConfirmTwoFactorCommand(string? Code) : IRequest<TwoFactorEnabledDto>, IAllowedWhileActionRequired;
