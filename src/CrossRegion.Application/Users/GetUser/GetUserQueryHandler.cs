using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Users.Common;
using MediatR;

namespace CrossRegion.Application.Users.GetUser;

public sealed class GetUserQueryHandler(IAppDbContext db, ICurrentUser caller, IAccountCredentials credentials, TimeProvider time) : IRequestHandler<GetUserQuery, AdminUserDto>
{
    public async Task<AdminUserDto> Handle(GetUserQuery request, CancellationToken cancellationToken) =>
        await UserDirectory.ShowAsync(db, credentials, time, await UserDirectory.AdministeredAsync(db, caller, request.Username, cancellationToken), cancellationToken);
}
