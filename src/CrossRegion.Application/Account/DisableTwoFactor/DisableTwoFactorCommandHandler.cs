using CrossRegion.Application.Account.Common;
using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Common;
using FluentValidation;
using FluentValidation.Results;
using MediatR;

namespace CrossRegion.Application.Account.DisableTwoFactor;

public sealed class DisableTwoFactorCommandHandler(IAppDbContext db, ICurrentUser caller, IAccountCredentials credentials, ILoginThrottle throttle)
    : IRequestHandler<DisableTwoFactorCommand>
{
    public async Task<Unit> Handle(DisableTwoFactorCommand request, CancellationToken cancellationToken)
    {
        var user = await PersonCaller.AccountAsync(db, caller, cancellationToken);
        if ((await credentials.GetStateAsync(user, cancellationToken)).TwoFactorRequired)
        {
            throw new DomainRuleException("two_factor.required", "您的角色须使用双因素登录，不能停用。", "Your role requires two-factor sign-in; it cannot be turned off.");
        }

        await throttle.EnsureMayTryAsync(user.UserName, cancellationToken);

        // Both proofs, under the sign-in throttle: a stolen access token alone does not switch the second factor off.
        if (!await credentials.CheckPasswordAsync(user.Id, request.Password!, cancellationToken)
            || !await credentials.CheckSecondFactorAsync(user.Id, request.Code!, cancellationToken))
        {
            await throttle.RecordFailureAsync(user.UserName, cancellationToken);
            throw new ValidationException([new ValidationFailure("code", Localized.Text("密码或验证码不正确。", "The password or the code is wrong."))]);
        }

        await credentials.DisableTwoFactorAsync(user.Id, cancellationToken);
        return Unit.Value;
    }
}
