using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Auth.Login;

/// <summary>
/// Password sign-in. An unknown, disabled or existing user name goes through the same steps (throttle check, one
/// hash verification, one throttle write), so status, body and timing do not tell whether a name exists.
/// </summary>
public sealed class LoginCommandHandler(IAppDbContext db, IAccountCredentials credentials, UserTokenIssuer tokens, ILoginThrottle throttle, TimeProvider time)
    : IRequestHandler<LoginCommand, TokenResponse>
{
    public async Task<TokenResponse> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var name = UserAccount.NormalizeUserName(request.Username!);
        if (await throttle.WaitAsync(name, cancellationToken) is { } wait)
        {
            throw new TooManyAttemptsException(Localized.Text(
                "登录失败次数过多，请稍后再试。", "Too many failed sign-ins from here; wait before trying again."), wait);
        }

        var user = await db.UserAccounts.SingleOrDefaultAsync(u => u.UserName == name && u.IsActive, cancellationToken);
        if (!await credentials.CheckPasswordAsync(user?.Id, request.Password!, cancellationToken) || user is null)
        {
            await throttle.RecordFailureAsync(name, cancellationToken);
            throw InvalidCredentials();
        }

        user.RecordSuccessfulLogin(now);
        var response = tokens.Issue(user);
        await db.SaveChangesAsync(cancellationToken);
        await throttle.RecordSuccessAsync(name, cancellationToken);
        return response;
    }

    private static AuthenticationFailedException InvalidCredentials() =>
        new("invalid_credentials", Localized.Text("用户名或密码错误。", "The user name or password is incorrect."));
}
