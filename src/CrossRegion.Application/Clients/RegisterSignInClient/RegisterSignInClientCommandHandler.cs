using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Clients.RegisterSignInClient;

public sealed class RegisterSignInClientCommandHandler(IAppDbContext db, IClientRegistrations registrations)
    : IRequestHandler<RegisterSignInClientCommand, SignInClientDto>
{
    public async Task<SignInClientDto> Handle(RegisterSignInClientCommand request, CancellationToken cancellationToken)
    {
        var clientId = request.ClientId!;
        if (await registrations.IsRegisteredAsync(clientId, cancellationToken) || await db.ApiClients.AnyAsync(c => c.ClientId == clientId, cancellationToken))
        {
            throw new DomainRuleException("client.duplicate", $"客户端“{clientId}”已存在。", $"Client {clientId} already exists.");
        }

        await registrations.RegisterSignInClientAsync(
            clientId, request.Name!, request.RedirectUris, request.PostLogoutRedirectUris, request.OfflineAccess, cancellationToken);
        return new SignInClientDto(clientId, request.Name!, request.RedirectUris, request.PostLogoutRedirectUris, request.OfflineAccess);
    }
}
