using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Auth.Logout;

/// <summary>Ends the login the refresh token belongs to (its whole family). Unknown tokens are ignored.</summary>
public sealed record LogoutCommand(string? RefreshToken) : IRequest<Unit>, IAllowedWhileActionRequired;
