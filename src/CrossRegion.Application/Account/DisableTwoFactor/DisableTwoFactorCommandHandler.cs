using CrossRegion.Application.Account.Common;
using CrossRegion.Application.Common.Exceptions;
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
        if ((await credentials.GetStateAsync(user.Id, cancellationToken)).TwoFactorRequired)
        {
            throw new DomainRuleException("two_factor.required", "您的角色须使用双因素登录，不能停用。", "Your role requires two-factor sign-in; it cannot be turned off.");
        }

        if (await throttle.WaitAsync(user.UserName, cancellationToken) is { } wait)
        {
            throw new TooManyAttemptsException(Localized.Text("失败次数过多，请稍后再试。", "Too many failed attempts; wait before trying again."), wait);
        }

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
