using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Account.BeginTwoFactor;

/// <summary>Start enrolling two-factor sign-in: a new authenticator key to scan; nothing changes until it is confirmed.</summary>
[Authorize]
public sealed record BeginTwoFactorCommand : IRequest<TwoFactorSetup>, IAllowedWhileActionRequired;
