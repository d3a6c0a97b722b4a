using CrossRegion.Application.Auth.Common;
using MediatR;

namespace CrossRegion.Application.Auth.ClientToken;

/// <summary>OAuth 2.0 client-credentials grant (RFC 6749 §4.4) for provincial systems.</summary>
public sealed record ClientTokenCommand(string? GrantType, string? ClientId, string? ClientSecret, string? Scope)
    : IRequest<TokenResponse>;
