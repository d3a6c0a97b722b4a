using CrossRegion.Application.Clients.Common;
using System.Security.Cryptography;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Clients.CreateApiClient;

public sealed class CreateApiClientCommandHandler(IAppDbContext db, IPasswordHasher hasher, IClientRegistrations registrations, TimeProvider time)
    : IRequestHandler<CreateApiClientCommand, ApiClientCreatedDto>
{
    public async Task<ApiClientCreatedDto> Handle(CreateApiClientCommand request, CancellationToken cancellationToken)
    {
        var clientId = request.ClientId!;
        await ClientDirectory.EnsureNewAsync(db, registrations, clientId, cancellationToken);

        var client = ApiClient.Create(clientId, request.Name ?? clientId, request.Jurisdictions, request.Scopes, time.GetUtcNow());
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        client.SetSecretHash(hasher.Hash(secret));
        db.ApiClients.Add(client);

        // The token server's registration is saved together with the client (one save, same context).
        await registrations.RegisterAsync(client.ClientId, client.Name, secret, client.ScopeList, cancellationToken);
        return new ApiClientCreatedDto(client.ClientId, secret);
    }
}
