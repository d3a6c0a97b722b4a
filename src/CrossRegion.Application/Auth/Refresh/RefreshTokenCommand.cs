using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Auth.Refresh;

public sealed record RefreshTokenCommand(string? RefreshToken) : IRequest<TokenResponse>, IAllowedWhileActionRequired;
