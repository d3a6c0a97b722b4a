using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Users.Common;
using CrossRegion.Domain.Common;
using MediatR;

namespace CrossRegion.Application.Users.DisableUser;

public sealed class DisableUserCommandHandler(IAppDbContext db, ICurrentUser caller, IAccountCredentials credentials, ITokenServerSessions sessions, TimeProvider time)
    : IRequestHandler<DisableUserCommand, AdminUserDto>
{
    public async Task<AdminUserDto> Handle(DisableUserCommand request, CancellationToken cancellationToken)
    {
        var user = await UserDirectory.AdministeredAsync(db, caller, request.Username, cancellationToken);
        if (user.Id == caller.UserId)
        {
            throw new DomainRuleException("user.disable_self", "不能停用自己的账号。", "You cannot disable your own account.");
        }

        user.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        await sessions.RevokeAllAsync(user.Id, cancellationToken);
        return await UserDirectory.ShowAsync(db, credentials, time, user, cancellationToken);
    }
}
