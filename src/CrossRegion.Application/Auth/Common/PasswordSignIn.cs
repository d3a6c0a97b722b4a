using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Auth.Common;

/// <summary>
/// Password sign-in, whichever door it comes through (<c>/api/v1/auth/login</c>, the password grant of
/// <c>/connect/token</c>). An unknown, disabled or existing user name goes through the same steps (throttle check, one
/// hash verification, one throttle write), so status, body and timing do not tell whether a name exists.
/// </summary>
public sealed class PasswordSignIn(IAppDbContext db, IAccountCredentials credentials, ILoginThrottle throttle, TimeProvider time)
{
    /// <summary>
    /// The person, with the sign-in recorded on the account (saved by <see cref="CompleteAsync"/>) and the step they must
    /// take first, if any. A person with two-factor on also gives <paramref name="otp"/> (an authenticator code or a
    /// recovery code); without it the answer is <c>two_factor_required</c>, which only a right password reaches.
    /// </summary>
    public async Task<SignedInPerson> VerifyAsync(string username, string password, string? otp, CancellationToken cancellationToken)
    {
        var name = UserAccount.NormalizeUserName(username);
        await throttle.EnsureMayTryAsync(name, cancellationToken);

        var user = await db.UserAccounts.SingleOrDefaultAsync(u => u.UserName == name && u.IsActive, cancellationToken);
        if (!await credentials.CheckPasswordAsync(user?.Id, password, cancellationToken) || user is null)
        {
            await throttle.RecordFailureAsync(name, cancellationToken);
            throw new AuthenticationFailedException("invalid_credentials", Localized.Text("用户名或密码错误。", "The user name or password is incorrect."));
        }

        var state = await credentials.GetStateAsync(user, cancellationToken);
        if (state.TwoFactorEnabled && string.IsNullOrWhiteSpace(otp))
        {
            throw new AuthenticationFailedException("two_factor_required", Localized.Text(
                "该账号已启用双因素登录：请同时提供验证器中的 6 位验证码（otp）。", "This account signs in with two factors: send the 6-digit code from the authenticator (otp) too."));
        }

        if (state.TwoFactorEnabled && !await credentials.CheckSecondFactorAsync(user.Id, otp!, cancellationToken))
        {
            await throttle.RecordFailureAsync(name, cancellationToken);
            throw new AuthenticationFailedException("invalid_two_factor_code", Localized.Text("验证码不正确或已过期。", "The code is wrong or has expired."));
        }

        user.RecordSuccessfulLogin(time.GetUtcNow());
        return new SignedInPerson(user, state.RequiredAction);
    }

    /// <summary>Saves the sign-in (with whatever the caller added, e.g. a refresh token) and clears the throttle.</summary>
    public async Task CompleteAsync(UserAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await db.SaveChangesAsync(cancellationToken);
        await throttle.RecordSuccessAsync(user.UserName, cancellationToken);
    }
}
