using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.GetTask;

public sealed class GetTaskQueryHandler(IAppDbContext db, TimeProvider time) : IRequestHandler<GetTaskQuery, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(GetTaskQuery request, CancellationToken cancellationToken)
    {
        // Visibility is applied by the persistence layer: a task of which the caller's city is not a party is
        // indistinguishable from one that does not exist.
        var task = await db.Tasks.AsNoTracking().AsSplitQuery()
            .Include(t => t.Parent)
            .Include(t => t.Aliases)
            .Include(t => t.Parties).ThenInclude(p => p.Departments)
            .Include(t => t.Targets).ThenInclude(x => x.Measures)
            .Include(t => t.Milestones).ThenInclude(m => m.Owners)
            .SingleOrDefaultAsync(t => t.Key == request.Key, cancellationToken)
            ?? throw new NotFoundException("task", request.Key);

        var departmentIds = task.Parties.SelectMany(p => p.Departments).Select(d => d.DepartmentId).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking()
            .Where(d => departmentIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => new PartyDepartmentDto(d.Code, d.NameZh, d.NameEn, d.FunctionCode), cancellationToken);
        var subTasks = await db.Tasks.AsNoTracking()
            .Where(t => t.ParentTaskId == task.Id)
            .OrderBy(t => t.Key)
            .Select(t => new TaskLinkDto(t.Key, t.TitleZh, t.TitleEn))
            .ToListAsync(cancellationToken);

        return TaskDetailMapper.Map(task, departments, subTasks, ShanghaiClock.Today(time));
    }
}
