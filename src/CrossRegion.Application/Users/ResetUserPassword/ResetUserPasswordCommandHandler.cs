using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Users.Common;
using MediatR;

namespace CrossRegion.Application.Users.ResetUserPassword;

public sealed class ResetUserPasswordCommandHandler(IAppDbContext db, ICurrentUser caller, IAccountCredentials credentials, ITokenServerSessions sessions, TimeProvider time)
    : IRequestHandler<ResetUserPasswordCommand, UserCredentialsDto>
{
    public async Task<UserCredentialsDto> Handle(ResetUserPasswordCommand request, CancellationToken cancellationToken)
    {
        var user = await UserDirectory.AdministeredAsync(db, caller, request.Username, cancellationToken);
        SetupLink? link = null;
        if (request.NewPassword is { } password)
        {
            var problems = await credentials.SetPasswordAsync(user.Id, password, mustChangePassword: true, cancellationToken);
            if (problems.Count > 0)
            {
                throw CredentialProblems.Refused(problems, "new_password");
            }
        }
        else
        {
            // The old password keeps working until the link is used: a reset must not lock out someone who only
            // asked by mistake. The link replaces any older one.
            link = credentials.IssueSetupLink(user.Id);
            await db.SaveChangesAsync(cancellationToken);
        }

        await sessions.RevokeAllAsync(user.Id, cancellationToken);
        return new UserCredentialsDto(await UserDirectory.ShowAsync(db, credentials, time, user, cancellationToken), link?.Token, link?.ExpiresAt);
    }
}
