using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using MediatR;

namespace CrossRegion.Application.Auth.CompleteSetup;

public sealed class CompleteSetupCommandHandler(IAccountCredentials credentials, ILoginThrottle throttle)
    : IRequestHandler<CompleteSetupCommand>
{
    // Guessing a 256-bit token is hopeless, but a flood of tries is still slowed like sign-ins, under one name.
    private const string ThrottleName = "setup-link";

    public async Task<Unit> Handle(CompleteSetupCommand request, CancellationToken cancellationToken)
    {
        await throttle.EnsureMayTryAsync(ThrottleName, cancellationToken);
        var problems = await credentials.RedeemSetupLinkAsync(request.Token!.Trim(), request.Password!, cancellationToken);
        if (problems is null)
        {
            await throttle.RecordFailureAsync(ThrottleName, cancellationToken);
            throw new BadRequestException("setup_link_invalid", Localized.Text(
                "设置链接无效或已过期，请联系管理员重新发放。", "The setup link is not valid (used or expired); ask your administrator for a new one."));
        }

        if (problems.Count > 0)
        {
            throw CredentialProblems.Refused(problems);
        }
        return Unit.Value;
    }
}
