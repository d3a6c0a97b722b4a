using CrossRegion.Application.Auth.Common;
using MediatR;

namespace CrossRegion.Application.Auth.Login;

/// <summary>Password sign-in; <paramref name="Otp"/> is the authenticator (or recovery) code of a person with two-factor on.</summary>
public sealed record LoginCommand(string? Username, string? Password, string? Otp = null) : IRequest<TokenResponse>;
