using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Departments.Common;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Departments.RetireDepartment;

public sealed class RetireDepartmentCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time) : IRequestHandler<RetireDepartmentCommand, DepartmentDto>
{
    public async Task<DepartmentDto> Handle(RetireDepartmentCommand request, CancellationToken cancellationToken)
    {
        var department = await DepartmentDirectory.AdministeredAsync(db, caller, request.Code, cancellationToken);
        var id = department.Id;

        // Every task counts, whether or not the administrator's city is a party to it: the unit's work is the fact.
        var openTasks = await db.Tasks.IgnoreQueryFilters([VisibilityFilter.Name])
            .CountAsync(
                t => (t.Status == CoordinatedTaskStatus.Draft || t.Status == CoordinatedTaskStatus.Active)
                    && t.Parties.Any(p => p.Departments.Any(d => d.DepartmentId == id)),
                cancellationToken);
        var people = await db.UserAccounts.CountAsync(u => u.DepartmentId == id && u.IsActive, cancellationToken);
        var units = await db.Departments.CountAsync(d => d.ParentId == id && d.RetiredAt == null, cancellationToken);
        if (openTasks + people + units > 0)
        {
            throw new DomainRuleException(
                "department.in_use",
                $"单位仍在使用中：{openTasks} 项未销号的任务、{people} 个有效账号、{units} 个下级单位。请先调整后再撤销。",
                $"The unit is still in use: {openTasks} open tasks, {people} active users, {units} units under it. Move them first.");
        }

        department.Retire(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await DepartmentDirectory.ShowAsync(db, department, cancellationToken);
    }
}
