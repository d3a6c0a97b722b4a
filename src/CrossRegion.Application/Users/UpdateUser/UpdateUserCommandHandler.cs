using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Users.Common;
using CrossRegion.Domain.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Users.UpdateUser;

public sealed class UpdateUserCommandHandler(IAppDbContext db, ICurrentUser caller, IAccountCredentials credentials, ITokenServerSessions sessions, TimeProvider time)
    : IRequestHandler<UpdateUserCommand, AdminUserDto>
{
    public async Task<AdminUserDto> Handle(UpdateUserCommand request, CancellationToken cancellationToken)
    {
        var user = await UserDirectory.AdministeredAsync(db, caller, request.Username, cancellationToken);
        var roles = request.Roles is null ? user.Roles : RoleNames.Parse(request.Roles);
        caller.EnsureMayGrant(roles, user.JurisdictionCode);
        var department = request.Department is null
            ? user.DepartmentId is { } id ? await db.Departments.SingleAsync(d => d.Id == id, cancellationToken) : null
            : await UserDirectory.DepartmentAsync(db, request.Department, cancellationToken);
        var reassigned = roles != user.Roles || department?.Id != user.DepartmentId;

        user.Assign(request.DisplayName ?? user.DisplayName, roles, user.JurisdictionCode, department);
        user.SetContact(request.Email ?? user.Email, request.Phone ?? user.Phone);
        await db.SaveChangesAsync(cancellationToken);
        if (reassigned)
        {
            await sessions.RevokeAllAsync(user.Id, cancellationToken);
        }

        return await UserDirectory.ShowAsync(db, credentials, time, user, cancellationToken);
    }
}
