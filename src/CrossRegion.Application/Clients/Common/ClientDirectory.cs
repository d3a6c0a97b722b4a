using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Clients.Common;

/// <summary>
/// The machine clients an administrator administers: every client for system and joint-office administrators; for a
/// city administrator the clients limited to its own city alone (it rotates their secrets).
/// </summary>
internal static class ClientDirectory
{
    public static bool Administers(ICurrentUser caller, ApiClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return caller.AdministersAllCities() || client.JurisdictionList.All(caller.AdministersCity);
    }

    /// <summary>The client by id if the caller administers it; otherwise 404, as for an id that does not exist.</summary>
    public static async Task<ApiClient> AdministeredAsync(IAppDbContext db, ICurrentUser caller, string clientId, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        return client is not null && Administers(caller, client) ? client : throw new NotFoundException("client", clientId);
    }

    /// <summary>
    /// A new client's id is free among machine clients and the token server's applications alike (sign-in clients
    /// live only there): 409 <c>client.duplicate</c> otherwise.
    /// </summary>
    public static async Task EnsureNewAsync(IAppDbContext db, IClientRegistrations registrations, string clientId, CancellationToken cancellationToken)
    {
        if (await db.ApiClients.AnyAsync(c => c.ClientId == clientId, cancellationToken) || await registrations.IsRegisteredAsync(clientId, cancellationToken))
        {
            throw new DomainRuleException("client.duplicate", $"客户端“{clientId}”已存在。", $"Client {clientId} already exists.");
        }
    }

    public static AdminClientDto ToDto(ApiClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new AdminClientDto(
            client.ClientId, client.Name, client.JurisdictionList, client.ScopeList, client.IsActive, client.CreatedAt, client.SecretRotatedAt, client.PreviousSecretValidUntil,
            client.SignatureAlgorithm, client.SignatureRequired);
    }
}
