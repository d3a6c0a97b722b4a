using System.Security.Cryptography;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Users.CreateApiClient;

public sealed class CreateApiClientCommandHandler(IAppDbContext db, IPasswordHasher hasher, TimeProvider time)
    : IRequestHandler<CreateApiClientCommand, ApiClientCreatedDto>
{
    public async Task<ApiClientCreatedDto> Handle(CreateApiClientCommand request, CancellationToken cancellationToken)
    {
        var clientId = request.ClientId!;
        if (await db.ApiClients.AnyAsync(c => c.ClientId == clientId, cancellationToken))
        {
            throw new DomainRuleException("client.duplicate", $"Client {clientId} already exists.");
        }

        var client = ApiClient.Create(clientId, request.Name ?? clientId, request.Jurisdictions, request.Scopes, time.GetUtcNow());
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        client.SetSecretHash(hasher.Hash(secret));
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return new ApiClientCreatedDto(client.ClientId, secret);
    }
}
