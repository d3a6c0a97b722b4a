using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Users.Common;
using MediatR;

namespace CrossRegion.Application.Users.ResetUserTwoFactor;

public sealed class ResetUserTwoFactorCommandHandler(IAppDbContext db, ICurrentUser caller, IAccountCredentials credentials, ITokenServerSessions sessions, TimeProvider time)
    : IRequestHandler<ResetUserTwoFactorCommand, AdminUserDto>
{
    public async Task<AdminUserDto> Handle(ResetUserTwoFactorCommand request, CancellationToken cancellationToken)
    {
        var user = await UserDirectory.AdministeredAsync(db, caller, request.Username, cancellationToken);
        await credentials.DisableTwoFactorAsync(user.Id, cancellationToken);
        await sessions.RevokeAllAsync(user.Id, cancellationToken);
        return await UserDirectory.ShowAsync(db, credentials, time, user, cancellationToken);
    }
}
