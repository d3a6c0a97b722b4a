using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Users.Common;
using CrossRegion.Domain.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Account.GetMe;

public sealed class GetMeQueryHandler(IAppDbContext db, ICurrentUser caller, IAccountCredentials credentials, TimeProvider time) : IRequestHandler<GetMeQuery, MeDto>
{
    public async Task<MeDto> Handle(GetMeQuery request, CancellationToken cancellationToken)
    {
        var user = caller.UserId is { } id
            ? await db.UserAccounts.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken)
            : null;
        var jurisdictionCode = caller.Jurisdictions.Count == 1 ? caller.Jurisdictions[0] : null;
        var jurisdiction = jurisdictionCode is null
            ? null
            : await db.Jurisdictions.AsNoTracking()
                .Where(j => j.Code == jurisdictionCode)
                .Select(j => new MeJurisdictionDto(j.Code, j.NameZh, j.NameEn))
                .SingleOrDefaultAsync(cancellationToken);
        var department = caller.DepartmentId is { } departmentId
            ? await db.Departments.AsNoTracking()
                .Where(d => d.Id == departmentId)
                .Select(d => new MeDepartmentDto(d.Code, d.NameZh, d.NameEn, d.FunctionCode))
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        var state = user is null ? null : await credentials.GetStateAsync(user, cancellationToken);
        var offices = user is null ? [] : (await JointOfficeAssignments.OfAsync(db, time, [user.Id], cancellationToken))[user.Id].ToList();

        return new MeDto(
            caller.Kind,
            caller.UserId,
            user?.UserName ?? caller.Name,
            user?.DisplayName,
            jurisdiction,
            caller.Jurisdictions,
            department,
            RoleNames.ToNames(caller.Roles),
            caller.Scopes,
            caller.SeesAllTasks,
            state is null ? null : new MeCredentialsDto(state.PasswordChangeDue, state.TwoFactorEnabled, state.TwoFactorRequired, state.RequiredAction, state.PasswordChangedAt),
            offices,
            caller.JointOfficeProgrammes);
    }
}
