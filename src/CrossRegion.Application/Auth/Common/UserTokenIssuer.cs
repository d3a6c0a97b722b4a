using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Identity;
using Microsoft.Extensions.Options;

namespace CrossRegion.Application.Auth.Common;

/// <summary>Issues an access token and a refresh token (a new family, or the next link of an existing one) for a person.</summary>
public sealed class UserTokenIssuer(IAppDbContext db, IAccessTokenIssuer issuer, TimeProvider time, IOptions<AuthOptions> options)
{
    public async Task<TokenResponse> IssueAsync(UserAccount user, string? requiredAction, CancellationToken cancellationToken, Guid? familyId = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var session = familyId ?? Guid.CreateVersion7();
        var access = issuer.Issue(await TokenSubjects.PersonAsync(db, time, user, requiredAction, session, cancellationToken));
        var refresh = RefreshTokenText.New();
        db.RefreshTokens.Add(RefreshToken.Issue(
            user.Id,
            session,
            RefreshTokenText.Hash(refresh),
            time.GetUtcNow(),
            TimeSpan.FromDays(options.Value.RefreshTokenDays)));
        return new TokenResponse(access.Token, "Bearer", access.ExpiresInSeconds, refresh, null);
    }
}
