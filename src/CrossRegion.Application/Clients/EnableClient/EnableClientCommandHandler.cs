using CrossRegion.Application.Clients.Common;
using CrossRegion.Application.Common.Interfaces;
using MediatR;

namespace CrossRegion.Application.Clients.EnableClient;

public sealed class EnableClientCommandHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<EnableClientCommand, AdminClientDto>
{
    public async Task<AdminClientDto> Handle(EnableClientCommand request, CancellationToken cancellationToken)
    {
        var client = await ClientDirectory.AdministeredAsync(db, caller, request.ClientId, cancellationToken);
        client.Enable();
        await db.SaveChangesAsync(cancellationToken);
        return ClientDirectory.ToDto(client);
    }
}
