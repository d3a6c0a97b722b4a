using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Auth.Refresh;

/// <summary>
/// Rotates a refresh token. A token can be exchanged once; presenting it again (a stolen copy, or a replay) revokes
/// its whole family, so both the thief and the victim must log in again.
/// </summary>
public sealed class RefreshTokenCommandHandler(IAppDbContext db, UserTokenIssuer tokens, TimeProvider time, IAccountCredentials credentials)
    : IRequestHandler<RefreshTokenCommand, TokenResponse>
{
    public async Task<TokenResponse> Handle(RefreshTokenCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hash = RefreshTokenText.Hash(request.RefreshToken!);
        var token = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken)
            ?? throw InvalidGrant(Localized.Text("刷新令牌无效。", "The refresh token is not valid."));

        if (token.RevokedAt is not null || token.ConsumedAt is not null)
        {
            await RevokeFamily(token.FamilyId, now, cancellationToken);
            throw InvalidGrant(Reused);
        }

        if (token.ExpiresAt <= now)
        {
            throw InvalidGrant(Localized.Text("刷新令牌已过期。", "The refresh token has expired."));
        }

        // Claim the token atomically: of two concurrent exchanges exactly one succeeds.
        var claimed = await db.RefreshTokens
            .Where(t => t.Id == token.Id && t.ConsumedAt == null && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ConsumedAt, now), cancellationToken);
        if (claimed == 0)
        {
            await RevokeFamily(token.FamilyId, now, cancellationToken);
            throw InvalidGrant(Reused);
        }

        var user = await db.UserAccounts.SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        if (user is null || !user.IsActive)
        {
            await RevokeFamily(token.FamilyId, now, cancellationToken);
            throw InvalidGrant(Localized.Text("该账户已不能登录。", "The account can no longer sign in."));
        }

        var state = await credentials.GetStateAsync(user, cancellationToken);
        var response = await tokens.IssueAsync(user, state.RequiredAction, cancellationToken, token.FamilyId);
        await db.SaveChangesAsync(cancellationToken);

        // A concurrent exchange of the same token was taken for theft and revoked the login, perhaps before the new
        // link existed: revoke again so that it covers the new link too. This exchange won the claim and is answered,
        // but what it hands out no longer works.
        if (await db.RefreshTokens.AnyAsync(t => t.Id == token.Id && t.RevokedAt != null, cancellationToken))
        {
            await RevokeFamily(token.FamilyId, now, cancellationToken);
        }

        return response;
    }

    private static string Reused => Localized.Text(
        "刷新令牌已被使用过；为安全起见，本次登录的所有会话均已注销。",
        "The refresh token was already used; every session of this login has been revoked.");

    private Task<int> RevokeFamily(Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);

    private static AuthenticationFailedException InvalidGrant(string message) => new("invalid_grant", message);
}
