using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrossRegion.Application.Auth.Login;

public sealed class LoginCommandHandler(
    IAppDbContext db, IPasswordHasher hasher, UserTokenIssuer tokens, TimeProvider time, IOptions<AuthOptions> options)
    : IRequestHandler<LoginCommand, TokenResponse>
{
    // Verifying against a throwaway hash keeps an unknown user name as slow as a wrong password.
    private static string? dummyHash;

    public async Task<TokenResponse> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var name = UserAccount.NormalizeUserName(request.Username!);
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == name, cancellationToken);
        if (user is null || !user.IsActive)
        {
            dummyHash ??= hasher.Hash(Guid.NewGuid().ToString());
            hasher.Verify(dummyHash, request.Password!);
            throw InvalidCredentials();
        }

        if (user.IsLockedOut(now))
        {
            throw Locked(user);
        }

        var check = hasher.Verify(user.PasswordHash, request.Password!);
        if (check == PasswordCheck.Failed)
        {
            var policy = options.Value;
            user.RecordFailedLogin(now, policy.MaxFailedLogins, TimeSpan.FromMinutes(policy.LockoutMinutes));
            await db.SaveChangesAsync(cancellationToken);
            throw user.IsLockedOut(now) ? Locked(user) : InvalidCredentials();
        }

        if (check == PasswordCheck.SuccessRehashNeeded)
        {
            user.SetPasswordHash(hasher.Hash(request.Password!));
        }

        user.RecordSuccessfulLogin(now);
        var response = tokens.Issue(user);
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }

    private static AuthenticationFailedException InvalidCredentials() =>
        new("invalid_credentials", Localized.Text("用户名或密码错误。", "The user name or password is incorrect."));

    private static AuthenticationFailedException Locked(UserAccount user) =>
        new("account_locked", Localized.Text("连续登录失败次数过多，账户已临时锁定。", "Too many failed attempts: the account is locked for a while.")) { LockedUntil = user.LockoutEnd };
}
