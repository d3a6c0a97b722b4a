using CrossRegion.Application.Clients.Common;
using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Clients.ListClients;

/// <summary>The machine clients the caller administers, by client id.</summary>
[Authorize(Roles = Administration.Administrators)]
public sealed record ListClientsQuery : IRequest<IReadOnlyList<AdminClientDto>>;
