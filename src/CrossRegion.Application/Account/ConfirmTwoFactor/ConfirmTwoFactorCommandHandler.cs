using CrossRegion.Application.Account.Common;
using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using FluentValidation;
using FluentValidation.Results;
using MediatR;

namespace CrossRegion.Application.Account.ConfirmTwoFactor;

public sealed class ConfirmTwoFactorCommandHandler(IAppDbContext db, ICurrentUser caller, IAccountCredentials credentials, UserTokenIssuer tokens)
    : IRequestHandler<ConfirmTwoFactorCommand, TwoFactorEnabledDto>
{
    public async Task<TwoFactorEnabledDto> Handle(ConfirmTwoFactorCommand request, CancellationToken cancellationToken)
    {
        var user = await PersonCaller.AccountAsync(db, caller, cancellationToken);
        var codes = await credentials.ConfirmTwoFactorAsync(user.Id, request.Code!, cancellationToken)
            ?? throw new ValidationException([new ValidationFailure("code", Localized.Text("验证码不正确或已过期。", "The code is wrong or has expired."))]);

        // The new pair no longer carries a pending enrolment.
        var state = await credentials.GetStateAsync(user, cancellationToken);
        var response = await tokens.IssueAsync(user, state.RequiredAction, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new TwoFactorEnabledDto(codes, response);
    }
}
