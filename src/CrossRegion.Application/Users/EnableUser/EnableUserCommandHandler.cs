using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Users.Common;
using MediatR;

namespace CrossRegion.Application.Users.EnableUser;

public sealed class EnableUserCommandHandler(IAppDbContext db, ICurrentUser caller, IAccountCredentials credentials, TimeProvider time)
    : IRequestHandler<EnableUserCommand, AdminUserDto>
{
    public async Task<AdminUserDto> Handle(EnableUserCommand request, CancellationToken cancellationToken)
    {
        var user = await UserDirectory.AdministeredAsync(db, caller, request.Username, cancellationToken);
        user.Reactivate();
        await db.SaveChangesAsync(cancellationToken);
        return await UserDirectory.ShowAsync(db, credentials, time, user, cancellationToken);
    }
}
