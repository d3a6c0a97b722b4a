using CrossRegion.Application.Common.Interfaces;
using MediatR;

namespace CrossRegion.Application.Auth.VerifyPassword;

/// <summary>The password grant of the token server: who signs in, for the token it then issues.</summary>
public sealed record VerifyPasswordCommand(string? Username, string? Password, string? Otp = null) : IRequest<TokenSubject>;
