using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;

namespace CrossRegion.Infrastructure.Identity;

/// <summary>
/// <see cref="ISessionValidator"/> against the application's tables, each answer cached for
/// <see cref="AuthOptions.SessionCheckSeconds"/> on this node: a user is active and the token server's entry of the
/// access token and its sign-in (authorization) still stand; a machine client is active.
/// </summary>
internal sealed class DatabaseSessionValidator(AppDbContext db, IMemoryCache cache, IOptions<AuthOptions> options) : ISessionValidator
{
    public async ValueTask<bool> IsActiveAsync(CallerKind kind, string subject, string? tokenId, CancellationToken cancellationToken)
    {
        var key = (nameof(DatabaseSessionValidator), kind, subject, tokenId);
        if (cache.TryGetValue(key, out bool active))
        {
            return active;
        }

        active = kind switch
        {
            CallerKind.User => tokenId is not null && Guid.TryParse(subject, out var person)
                && await TokenStandsAsync(person, subject, tokenId, cancellationToken),
            CallerKind.Client => await db.ApiClients.AnyAsync(c => c.ClientId == subject && c.IsActive, cancellationToken),
            _ => false,
        };
        Remember(key, active);
        return active;
    }

    public async ValueTask<bool> IsSignInActiveAsync(string subject, string signInId, CancellationToken cancellationToken)
    {
        var key = (nameof(IsSignInActiveAsync), subject, signInId);
        if (cache.TryGetValue(key, out bool active))
        {
            return active;
        }

        active = Guid.TryParse(subject, out var user) && await db.Set<OpenIddictEntityFrameworkCoreAuthorization>().AnyAsync(
            a => a.Id == signInId && a.Subject == subject && a.Status == OpenIddictConstants.Statuses.Valid
                && db.UserAccounts.Any(u => u.Id == user && u.IsActive),
            cancellationToken);
        Remember(key, active);
        return active;
    }

    private void Remember(object key, bool active)
    {
        // 0 turns the cache off: every request asks the database.
        if (options.Value.SessionCheckSeconds > 0)
        {
            cache.Set(key, active, TimeSpan.FromSeconds(options.Value.SessionCheckSeconds));
        }
    }

    // A token of the token server stands while its own entry and its sign-in (authorization) are valid: revoking
    // the sign-in (logout) or a reused refresh token (which revokes every token of the sign-in) ends it.
    private Task<bool> TokenStandsAsync(Guid user, string subject, string token, CancellationToken cancellationToken) =>
        db.Set<OpenIddictEntityFrameworkCoreToken>().AnyAsync(
            t => t.Id == token && t.Subject == subject && t.Status == OpenIddictConstants.Statuses.Valid
                && (t.Authorization == null || t.Authorization.Status == OpenIddictConstants.Statuses.Valid)
                && db.UserAccounts.Any(u => u.Id == user && u.IsActive),
            cancellationToken);
}
