using CrossRegion.Application.Account.Common;
using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using MediatR;

namespace CrossRegion.Application.Account.ChangePassword;

/// <summary>
/// The current password is checked under the sign-in throttle (a stolen access token must not become a way to guess
/// it); the new one under the policy. On success every sign-in of the person is revoked, this one included, so their
/// tokens stop working within the session check; they sign in again with the new password.
/// </summary>
public sealed class ChangePasswordCommandHandler(
    IAppDbContext db,
    ICurrentUser caller,
    IAccountCredentials credentials,
    ILoginThrottle throttle,
    ITokenServerSessions sessions)
    : IRequestHandler<ChangePasswordCommand, Unit>
{
    public async Task<Unit> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        var user = await PersonCaller.AccountAsync(db, caller, cancellationToken);

        await throttle.EnsureMayTryAsync(user.UserName, cancellationToken);

        var problems = await credentials.ChangePasswordAsync(user.Id, request.CurrentPassword!, request.NewPassword!, cancellationToken);
        if (problems.Any(p => p.Code == CredentialProblem.WrongPassword))
        {
            await throttle.RecordFailureAsync(user.UserName, cancellationToken);
        }

        if (problems.Count > 0)
        {
            throw CredentialProblems.Refused(problems);
        }

        await sessions.RevokeAllAsync(user.Id, cancellationToken);
        await throttle.RecordSuccessAsync(user.UserName, cancellationToken);
        return Unit.Value;
    }
}
