using CrossRegion.Application.Account.Common;
using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using MediatR;

namespace CrossRegion.Application.Account.ChangePassword;

/// <summary>
/// The current password is checked under the sign-in throttle (a stolen access token must not become a way to guess
/// it); the new one under the policy. On success every refresh-token family of the person is revoked, so their other
/// sessions end within the session check (the token server's sign-ins too), and this one continues with a new pair.
/// </summary>
public sealed class ChangePasswordCommandHandler(
    IAppDbContext db,
    ICurrentUser caller,
    IAccountCredentials credentials,
    ILoginThrottle throttle,
    UserTokenIssuer tokens,
    UserSessions sessions)
    : IRequestHandler<ChangePasswordCommand, TokenResponse>
{
    public async Task<TokenResponse> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
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

        await sessions.EndAllAsync(user.Id, cancellationToken);
        var state = await credentials.GetStateAsync(user, cancellationToken);
        var response = await tokens.IssueAsync(user, state.RequiredAction, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await throttle.RecordSuccessAsync(user.UserName, cancellationToken);
        return response;
    }
}
