using CrossRegion.Application.Common.Concurrency;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.TaskForces;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.TaskForces;

/// <summary>Reads task forces with their units' names and the tasks they hold that the reader sees.</summary>
internal static class TaskForceReader
{
    public static async Task<List<TaskForceDto>> ReadAsync(IAppDbContext db, IQueryable<TaskForce> forces, CancellationToken cancellationToken)
    {
        var rows = await forces.AsNoTracking().OrderBy(f => f.ProgrammeCode).ThenBy(f => f.Code).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var unitIds = rows.SelectMany(r => r.MemberUnitIds).Distinct().ToList();
        var units = await db.Departments.AsNoTracking().Where(d => unitIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => new TaskForceUnitDto(d.Code, d.JurisdictionCode, d.NameZh, d.NameEn), cancellationToken);

        // Through the tasks' own filter: a task the reader does not see is not listed, nor is it said to be held.
        var held = (await (
                from l in db.TaskForceTasks.AsNoTracking()
                where ids.Contains(l.TaskForceId)
                join t in db.Tasks.AsNoTracking() on l.TaskId equals t.Id
                orderby t.Key
                select new { l.TaskForceId, t.Key, t.TitleZh, t.TitleEn, l.AssignedBy, l.AssignedAt })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.TaskForceId, x => new TaskForceTaskDto(x.Key, x.TitleZh, x.TitleEn, x.AssignedBy, x.AssignedAt));
        TaskForceUnitDto Unit(Guid id) => units.TryGetValue(id, out var unit) ? unit : new TaskForceUnitDto(id.ToString(), string.Empty, "—", "—");
        return rows.Select(f => new TaskForceDto(
                f.Code, f.ProgrammeCode, f.CategoryCode, f.NameZh, f.NameEn, Unit(f.LeadUnitId),
                f.MemberUnitIds.Select(Unit).OrderBy(u => u.Jurisdiction, StringComparer.Ordinal).ThenBy(u => u.Code, StringComparer.Ordinal).ToList(),
                f.ConvenerName, f.ConvenerPost, held[f.Id].ToList(), f.Revision))
            .ToList();
    }

    public static async Task<TaskForceDto> ReadOneAsync(IAppDbContext db, string code, CancellationToken cancellationToken) =>
        (await ReadAsync(db, db.TaskForces.Where(f => f.Code == code), cancellationToken)).SingleOrDefault()
        ?? throw new NotFoundException("task_force", code);
}

/// <summary>The field, the units and the programme's cities checked together, each problem under its field.</summary>
internal static class TaskForceDefinition
{
    public static async Task<(Guid Lead, List<Guid> Members)> ResolveAsync(
        IAppDbContext db, string programme, string field, string lead, IReadOnlyList<string> members, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        if (!await db.Categories.AnyAsync(c => c.Code == field, cancellationToken))
        {
            failures.Add(new("field", Localized.Text($"领域“{field}”不在目录中（见 GET /api/v1/catalogue）。", $"No field '{field}' in the catalogue (see GET /api/v1/catalogue).")));
        }

        var codes = members.Append(lead).Distinct(StringComparer.Ordinal).ToList();
        var units = await db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code))
            .Select(d => new { d.Id, d.Code, d.JurisdictionCode }).ToListAsync(cancellationToken);
        var cities = await db.Programmes.AsNoTracking().Where(p => p.Code == programme).SelectMany(p => p.Members).Select(m => m.JurisdictionCode).ToListAsync(cancellationToken);
        foreach (var code in codes.Where(c => units.TrueForAll(u => u.Code != c)))
        {
            failures.Add(new(code == lead ? "lead_unit" : "members", Localized.Text($"单位“{code}”不存在。", $"No unit '{code}'.")));
        }

        foreach (var unit in units.Where(u => !cities.Contains(u.JurisdictionCode)))
        {
            failures.Add(new(unit.Code == lead ? "lead_unit" : "members", Localized.Text(
                $"单位“{unit.Code}”不属于该规划的成员地区。", $"Unit '{unit.Code}' is not of the programme's member cities.")));
        }

        if (cities.Count > 1 && units.Select(u => u.JurisdictionCode).Distinct().Count() < 2)
        {
            failures.Add(new("members", Localized.Text("联合规划的专班须有至少两个地区的成员单位。", "A joint programme's task force has member units of at least two cities.")));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return (units.Single(u => u.Code == lead).Id, units.Select(u => u.Id).ToList());
    }

    public static void EnsureRevision(int? expected, TaskForce force)
    {
        if (Revisions.Differs(expected, force.Revision))
        {
            throw Stale();
        }
    }

    public static PreconditionFailedException Stale() =>
        new(Localized.Text("该专班已被他人修改，请刷新后再提交。", "The task force changed since you read it; reload and retry."), required: false);

    public static async Task SaveAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Stale();
        }
    }
}

public sealed class FormTaskForceCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time) : IRequestHandler<FormTaskForceCommand, TaskForceDto>
{
    public async Task<TaskForceDto> Handle(FormTaskForceCommand request, CancellationToken cancellationToken)
    {
        await caller.EnsureRunsAsync(db, request.Programme!, cancellationToken);
        var (lead, members) = await TaskForceDefinition.ResolveAsync(db, request.Programme!, request.Field!, request.LeadUnit!, request.Members!, cancellationToken);
        if (await db.TaskForces.IgnoreQueryFilters([VisibilityFilter.Name]).AnyAsync(f => f.Code == request.Code, cancellationToken))
        {
            throw new DomainRuleException("task_force.duplicate", Localized.Text($"专班编号 {request.Code} 已被使用。", $"The task force code {request.Code} is taken."));
        }

        var force = TaskForce.Form(
            request.Code!, request.Programme!, request.Field!, request.NameZh!, request.NameEn!, lead, members, request.ConvenerName!, request.ConvenerPost!,
            caller.Name ?? "unknown", time.GetUtcNow());
        db.TaskForces.Add(force);
        await db.SaveChangesAsync(cancellationToken);
        return await TaskForceReader.ReadOneAsync(db, force.Code, cancellationToken);
    }
}

public sealed class ChangeTaskForceCommandHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ChangeTaskForceCommand, TaskForceDto>
{
    public async Task<TaskForceDto> Handle(ChangeTaskForceCommand request, CancellationToken cancellationToken)
    {
        var force = await db.TaskForces.SingleOrDefaultAsync(f => f.Code == request.Code, cancellationToken) ?? throw new NotFoundException("task_force", request.Code);
        await caller.EnsureRunsAsync(db, force.ProgrammeCode, cancellationToken);
        TaskForceDefinition.EnsureRevision(request.ExpectedRevision, force);
        var (lead, members) = await TaskForceDefinition.ResolveAsync(db, force.ProgrammeCode, request.Field!, request.LeadUnit!, request.Members!, cancellationToken);
        force.Change(request.Field!, request.NameZh!, request.NameEn!, lead, members, request.ConvenerName!, request.ConvenerPost!);
        await TaskForceDefinition.SaveAsync(db, cancellationToken);
        return await TaskForceReader.ReadOneAsync(db, force.Code, cancellationToken);
    }
}

public sealed class AssignTaskForceTaskCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time) : IRequestHandler<AssignTaskForceTaskCommand, TaskForceDto>
{
    public async Task<TaskForceDto> Handle(AssignTaskForceTaskCommand request, CancellationToken cancellationToken)
    {
        var force = await db.TaskForces.Include(f => f.Tasks).SingleOrDefaultAsync(f => f.Code == request.Code, cancellationToken)
            ?? throw new NotFoundException("task_force", request.Code);
        await caller.EnsureRunsAsync(db, force.ProgrammeCode, cancellationToken);
        TaskForceDefinition.EnsureRevision(request.ExpectedRevision, force);
        var task = await db.Tasks.AsNoTracking().Where(t => t.Key == request.Key).Select(t => new { t.Id, t.ProgrammeCode }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("task", request.Key);
        if (request.Assign)
        {
            if (task.ProgrammeCode != force.ProgrammeCode)
            {
                throw new DomainRuleException("task_force.programme", Localized.Text(
                    $"任务 {request.Key} 不属于专班所在的规划 {force.ProgrammeCode}。", $"Task {request.Key} is not of the task force's programme {force.ProgrammeCode}."));
            }

            force.Assign(task.Id, caller.Name ?? "unknown", time.GetUtcNow());
        }
        else
        {
            force.Release(task.Id);
        }

        await TaskForceDefinition.SaveAsync(db, cancellationToken);
        return await TaskForceReader.ReadOneAsync(db, force.Code, cancellationToken);
    }
}

public sealed class ListTaskForcesQueryHandler(IAppDbContext db) : IRequestHandler<ListTaskForcesQuery, IReadOnlyList<TaskForceDto>>
{
    public async Task<IReadOnlyList<TaskForceDto>> Handle(ListTaskForcesQuery request, CancellationToken cancellationToken)
    {
        var forces = db.TaskForces.AsQueryable();
        if (request.Programme is { } programme)
        {
            forces = forces.Where(f => f.ProgrammeCode == programme);
        }

        if (request.Field is { } field)
        {
            forces = forces.Where(f => f.CategoryCode == field);
        }

        return await TaskForceReader.ReadAsync(db, forces, cancellationToken);
    }
}

public sealed class GetTaskForceQueryHandler(IAppDbContext db) : IRequestHandler<GetTaskForceQuery, TaskForceDto>
{
    public Task<TaskForceDto> Handle(GetTaskForceQuery request, CancellationToken cancellationToken) =>
        TaskForceReader.ReadOneAsync(db, request.Code, cancellationToken);
}
