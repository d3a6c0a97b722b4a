using CrossRegion.Application.Account.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using FluentValidation;
using FluentValidation.Results;
using MediatR;

namespace CrossRegion.Application.Account.ConfirmTwoFactor;

public sealed class ConfirmTwoFactorCommandHandler(IAppDbContext db, ICurrentUser caller, IAccountCredentials credentials)
    : IRequestHandler<ConfirmTwoFactorCommand, TwoFactorEnabledDto>
{
    public async Task<TwoFactorEnabledDto> Handle(ConfirmTwoFactorCommand request, CancellationToken cancellationToken)
    {
        var user = await PersonCaller.AccountAsync(db, caller, cancellationToken);
        var codes = await credentials.ConfirmTwoFactorAsync(user.Id, request.Code!, cancellationToken)
            ?? throw new ValidationException([new ValidationFailure("code", Localized.Text("验证码不正确或已过期。", "The code is wrong or has expired."))]);
        return new TwoFactorEnabledDto(codes);
    }
}
