using CrossRegion.Application.Clients.Common;
using CrossRegion.Application.Common.Interfaces;
using MediatR;

namespace CrossRegion.Application.Clients.DisableClient;

public sealed class DisableClientCommandHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<DisableClientCommand, AdminClientDto>
{
    public async Task<AdminClientDto> Handle(DisableClientCommand request, CancellationToken cancellationToken)
    {
        var client = await ClientDirectory.AdministeredAsync(db, caller, request.ClientId, cancellationToken);
        client.Disable();
        await db.SaveChangesAsync(cancellationToken);
        return ClientDirectory.ToDto(client);
    }
}
