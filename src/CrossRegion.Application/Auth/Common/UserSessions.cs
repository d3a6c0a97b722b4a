using CrossRegion.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Auth.Common;

/// <summary>Ends every session of a person: their refresh-token families and the token server's sign-ins.</summary>
public sealed class UserSessions(IAppDbContext db, ITokenServerSessions tokenServer, TimeProvider time)
{
    /// <summary>Their access tokens are refused by the session check within its cache time (seconds).</summary>
    public async Task EndAllAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
        await tokenServer.RevokeAllAsync(userId, cancellationToken);
    }
}
