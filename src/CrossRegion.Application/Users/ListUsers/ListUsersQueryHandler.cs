using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Users.Common;
using CrossRegion.Domain.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Users.ListUsers;

public sealed class ListUsersQueryHandler(IAppDbContext db, ICurrentUser caller, IAccountCredentials credentials, TimeProvider time)
    : IRequestHandler<ListUsersQuery, CursorPage<AdminUserDto>>
{
    public async Task<CursorPage<AdminUserDto>> Handle(ListUsersQuery request, CancellationToken cancellationToken)
    {
        var query = db.UserAccounts.AsNoTracking().Where(caller.AdministeredPeople());
        if (request.Jurisdiction is { } jurisdiction)
        {
            query = query.Where(u => u.JurisdictionCode == jurisdiction);
        }

        if (request.Department is { } code)
        {
            query = query.Where(u => db.Departments.Any(d => d.Id == u.DepartmentId && d.Code == code));
        }

        if (request.Role is { } role)
        {
            var flag = RoleNames.Parse([role]);
            query = query.Where(u => (u.Roles & flag) == flag);
        }

        if (request.Active is { } active)
        {
            query = query.Where(u => u.IsActive == active);
        }

        if (!string.IsNullOrWhiteSpace(request.Query))
        {
            var text = request.Query.Trim().ToLowerInvariant();
            query = query.Where(u => u.UserName.Contains(text) || u.DisplayName.Contains(request.Query.Trim()));
        }

        if (Cursor.TryDecode(request.Cursor, out var after))
        {
            // Compared and ordered by the database (the same collation for both), so pages neither skip nor repeat.
#pragma warning disable CA1309
            query = query.Where(u => string.Compare(u.UserName, after) > 0);
#pragma warning restore CA1309
        }

        var limit = request.Limit ?? Cursor.DefaultLimit;
        var rows = await query.OrderBy(u => u.UserName).Take(limit + 1).ToListAsync(cancellationToken);
        var ids = rows.Where(u => u.DepartmentId != null).Select(u => u.DepartmentId!.Value).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Code, cancellationToken);
        var states = await credentials.GetStatesAsync(rows, cancellationToken);
        var offices = await JointOfficeAssignments.OfAsync(db, time, rows.Select(u => u.Id).ToList(), cancellationToken);
        var page = rows.Select(u => UserDirectory.ToDto(u, u.DepartmentId is { } d ? departments[d] : null, states[u.Id], offices[u.Id].ToList())).ToList();
        return CursorPage.Of(page, limit, u => u.Username);
    }
}
