using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Users.Common;
using MediatR;

namespace CrossRegion.Application.Users.UnlockUser;

public sealed class UnlockUserCommandHandler(IAppDbContext db, ICurrentUser caller, ILoginThrottle throttle) : IRequestHandler<UnlockUserCommand>
{
    public async Task<Unit> Handle(UnlockUserCommand request, CancellationToken cancellationToken)
    {
        var user = await UserDirectory.AdministeredAsync(db, caller, request.Username, cancellationToken);
        await throttle.ClearAsync(user.UserName, cancellationToken);
        return Unit.Value;
    }
}
