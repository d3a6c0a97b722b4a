using System.Security.Cryptography;
using CrossRegion.Application.Clients.Common;
using CrossRegion.Application.Common.Interfaces;
using MediatR;

namespace CrossRegion.Application.Clients.RotateClientSecret;

public sealed class RotateClientSecretCommandHandler(
    IAppDbContext db, ICurrentUser caller, IPasswordHasher hasher, IClientRegistrations registrations, TimeProvider time)
    : IRequestHandler<RotateClientSecretCommand, ClientSecretRotatedDto>
{
    private const int DefaultGraceHours = 24;

    public async Task<ClientSecretRotatedDto> Handle(RotateClientSecretCommand request, CancellationToken cancellationToken)
    {
        var client = await ClientDirectory.AdministeredAsync(db, caller, request.ClientId, cancellationToken);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        client.RotateSecret(hasher.Hash(secret), now, now.AddHours(request.GraceHours ?? DefaultGraceHours));

        // The token server's registration takes the new secret in the same save; it accepts the previous one from the
        // client's record while the grace lasts.
        await registrations.ChangeSecretAsync(client.ClientId, secret, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new ClientSecretRotatedDto(client.ClientId, secret, client.PreviousSecretValidUntil);
    }
}
