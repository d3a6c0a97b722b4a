using CrossRegion.Application.Clients.Common;
using CrossRegion.Application.Common.Interfaces;
using MediatR;

namespace CrossRegion.Application.Clients.RegisterSignInClient;

public sealed class RegisterSignInClientCommandHandler(IAppDbContext db, IClientRegistrations registrations)
    : IRequestHandler<RegisterSignInClientCommand, SignInClientDto>
{
    public async Task<SignInClientDto> Handle(RegisterSignInClientCommand request, CancellationToken cancellationToken)
    {
        var clientId = request.ClientId!;
        await ClientDirectory.EnsureNewAsync(db, registrations, clientId, cancellationToken);

        await registrations.RegisterSignInClientAsync(
            clientId, request.Name!, request.RedirectUris, request.PostLogoutRedirectUris, request.OfflineAccess, cancellationToken);
        return new SignInClientDto(clientId, request.Name!, request.RedirectUris, request.PostLogoutRedirectUris, request.OfflineAccess);
    }
}
