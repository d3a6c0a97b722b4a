using CrossRegion.Application.Auth.Common;
using MediatR;

namespace CrossRegion.Application.Auth.Login;

public sealed record LoginCommand(string? Username, string? Password) : IRequest<TokenResponse>;
