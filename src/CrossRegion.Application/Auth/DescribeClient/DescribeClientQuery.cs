using CrossRegion.Application.Common.Interfaces;
using MediatR;

namespace CrossRegion.Application.Auth.DescribeClient;

/// <summary>
/// The client-credentials grant of the token server, after it has authenticated the client: the client's
/// jurisdictions and the scopes it asked for (all it may have when it names none).
/// </summary>
public sealed record DescribeClientQuery(string ClientId, string? Scope) : IRequest<TokenSubject>;
