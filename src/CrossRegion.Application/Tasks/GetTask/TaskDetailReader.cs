using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Tasks.ListItems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrossRegion.Application.Tasks.GetTask;

/// <summary>
/// Reads one task as the caller sees it, in four narrow queries (header with aliases and sub-tasks, parties with
/// units, milestones with owners, targets with measures). Each starts from <c>Tasks</c>, so the visibility filter
/// applies to every one. The task query uses it, and so does every command that answers with the task as it now is
/// (its version is the ETag the API sends).
/// </summary>
public sealed class TaskDetailReader(IAppDbContext db, TimeProvider time, IBusinessCalendar calendar, IOptions<StatusLightOptions> lights, ListItemReader listItems)
{
    public async Task<TaskDetailDto> ReadAsync(string key, CancellationToken cancellationToken)
    {
        // A task of which the caller's city is not a party is indistinguishable from one that does not exist.
        var header = await db.Tasks.AsNoTracking()
            .Where(t => t.Key == key)
            .Select(TaskDetailProjections.Header(db.Tasks))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("task", key);

        var task = db.Tasks.AsNoTracking().Where(t => t.Id == header.Id);
        var parties = await task.SelectMany(t => t.Parties)
            .Select(TaskDetailProjections.Party(db.Departments))
            .ToListAsync(cancellationToken);
        var milestones = await task.SelectMany(t => t.Milestones)
            .Select(TaskDetailProjections.Milestone)
            .ToListAsync(cancellationToken);
        var targets = await task.SelectMany(t => t.Targets)
            .Select(TaskDetailProjections.Target)
            .ToListAsync(cancellationToken);

        // A flat query of its own: as a per-party subquery it made the parties query markedly dearer (docs/benchmarks.md).
        var reported = (await db.ProgressReports.AsNoTracking()
                .Where(r => r.TaskId == header.Id && r.IsCurrent)
                .Select(r => new { r.JurisdictionCode, r.Status })
                .ToListAsync(cancellationToken))
            .ToDictionary(r => r.JurisdictionCode, r => r.Status);

        // Few tasks name an organisation above the cities: asked for only when the header says so.
        var organisations = header.NamesOrganisations
            ? await task.SelectMany(t => t.Organisations)
                .Join(db.Organisations, n => n.OrganisationCode, o => o.Code, (n, o) => new TaskOrganisationDto(o.Code, o.NameZh, o.NameEn, n.Relation))
                .ToListAsync(cancellationToken)
            : [];

        var taskForces = await db.TaskForceTasks.AsNoTracking().Where(l => l.TaskId == header.Id)
            .Join(db.TaskForces.AsNoTracking(), l => l.TaskForceId, f => f.Id, (l, f) => f)
            .OrderBy(f => f.Code)
            .Select(f => new TaskForceRefDto(f.Code, f.NameZh, f.NameEn))
            .ToListAsync(cancellationToken);

        var detail = TaskDetailMapper.Map(header, parties, milestones, targets, reported, organisations, LightWindow.Of(time, calendar, lights));
        // Few tasks keep a 前期 checklist or share costs: each is read only when the header says it is there.
        var preparation = header.KeepsPreparation ? await Pipeline.PipelineReader.PreparationAsync(db, header.Id, cancellationToken) : null;
        return detail with
        {
            ListItem = preparation is not null || ListItemReader.HasListData(header.ListType, header.PredecessorId, header.Stage)
                ? await listItems.ReadAsync(header.Id, cancellationToken, project: preparation is not null)
                : null,
            TaskForces = taskForces,
            Preparation = preparation,
            Costs = header.SharesCosts ? await Pipeline.PipelineReader.CostsAsync(db, header.Id, detail.Parties, cancellationToken) : null,
        };
    }
}
