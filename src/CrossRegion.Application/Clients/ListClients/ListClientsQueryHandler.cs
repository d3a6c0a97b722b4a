using CrossRegion.Application.Clients.Common;
using CrossRegion.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Clients.ListClients;

public sealed class ListClientsQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ListClientsQuery, IReadOnlyList<AdminClientDto>>
{
    // A handful of provincial systems: read them all, keep the ones the caller administers.
    public async Task<IReadOnlyList<AdminClientDto>> Handle(ListClientsQuery request, CancellationToken cancellationToken) =>
        (await db.ApiClients.AsNoTracking().OrderBy(c => c.ClientId).ToListAsync(cancellationToken))
            .Where(c => ClientDirectory.Administers(caller, c))
            .Select(ClientDirectory.ToDto)
            .ToList();
}
