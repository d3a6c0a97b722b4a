using CrossRegion.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;

namespace CrossRegion.Infrastructure.Identity.OpenId;

/// <summary>
/// OpenIddict's application manager, which also accepts a machine client's previous secret while the grace period of
/// its last rotation lasts (kept hashed on the client's record), so a provincial system switches secrets without an
/// outage on /connect/token, /connect/revoke and /connect/introspect alike.
/// </summary>
internal sealed class GraceAwareApplicationManager<TApplication>(
    IOpenIddictApplicationCache<TApplication> cache,
    ILogger<OpenIddictApplicationManager<TApplication>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictApplicationStore<TApplication> store,
    Persistence.AppDbContext db,
    IPasswordHasher hasher,
    TimeProvider time)
    : OpenIddictApplicationManager<TApplication>(cache, logger, options, store)
    where TApplication : class
{
    public override async ValueTask<bool> ValidateClientSecretAsync(TApplication application, string secret, CancellationToken cancellationToken = default)
    {
        if (await base.ValidateClientSecretAsync(application, secret, cancellationToken))
        {
            return true;
        }

        var clientId = await GetClientIdAsync(application, cancellationToken);
        var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        var now = time.GetUtcNow();
        return client is { PreviousSecretHash: { } previous } && client.PreviousSecretValidUntil > now
            && hasher.Verify(previous, secret) != PasswordCheck.Failed;
    }
}
