using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Tasks;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.ListItems;

public sealed class SetListFieldsCommandHandler(IAppDbContext db, TaskDetailReader details)
    : IRequestHandler<SetListFieldsCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(SetListFieldsCommand request, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.Include(t => t.Fields).SingleOrDefaultAsync(t => t.Key == request.Key, cancellationToken)
            ?? throw new NotFoundException("task", request.Key);
        TaskConcurrency.Require(request.ExpectedVersion, task.Version);
        var type = await ListSteward.TypeOfAsync(db, task, cancellationToken);
        var failures = new List<ValidationFailure>();
        foreach (var (key, value) in request.Fields!)
        {
            try
            {
                task.SetField(type, key, value);
            }
            catch (DomainRuleException rule)
            {
                failures.Add(new ValidationFailure($"fields.{key}", Localized.Text(rule.MessageZh ?? rule.Message, rule.Message)) { ErrorCode = rule.Code });
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return await details.ReadAsync(task.Key, cancellationToken);
    }
}

public sealed class RecordStageCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, TaskDetailReader details)
    : IRequestHandler<RecordStageCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(RecordStageCommand request, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.Include(t => t.StageHistory).Include(t => t.Preparation).AsSplitQuery().SingleOrDefaultAsync(t => t.Key == request.Key, cancellationToken)
            ?? throw new NotFoundException("task", request.Key);
        TaskConcurrency.Require(request.ExpectedVersion, task.Version);
        if (request.On > ShanghaiClock.Today(time))
        {
            throw new ValidationException([new ValidationFailure("on", Localized.Text("阶段变化的日期不能晚于今天（北京时间）。", "A stage change cannot be dated after today (Beijing time)."))]);
        }

        task.ChangeStage(EnumText.TryParse<TaskStage>(request.Stage, out var stage) ? stage : default, request.On!.Value, request.Note, caller.Name ?? "unknown", time.GetUtcNow(), request.OverrideReason);
        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return await details.ReadAsync(task.Key, cancellationToken);
    }
}

public sealed class CarryOverCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, TaskDetailReader details)
    : IRequestHandler<CarryOverCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(CarryOverCommand request, CancellationToken cancellationToken)
    {
        var old = await TaskLoader.LoadAsync(db, request.Key, cancellationToken);
        await db.Tasks.Where(t => t.Id == old.Id).SelectMany(t => t.Fields).LoadAsync(cancellationToken);
        TaskConcurrency.Require(request.ExpectedVersion, old.Version);
        if (!old.IsActive)
        {
            throw new DomainRuleException("carry_over.not_active", Localized.Text(
                $"只有进行中（未完成）的条目可以结转；{old.Key} 当前状态为 {old.Status}。", $"Only an active (unfinished) item carries over; {old.Key} is {old.Status}."));
        }

        var programmeCode = request.Programme ?? old.ProgrammeCode;
        await caller.EnsureRunsAsync(db, programmeCode, cancellationToken);
        var typeCode = request.ListType ?? old.ListType;
        var year = request.ListYear!.Value;
        var type = await db.ListTypes.AsNoTracking().SingleOrDefaultAsync(l => l.ProgrammeCode == programmeCode && l.Year == year && l.Code == typeCode, cancellationToken)
            ?? throw new ValidationException([new ValidationFailure("list_year", Localized.Text(
                $"{programmeCode} 没有 {year} 年的“{typeCode}”清单。", $"{programmeCode} issues no {year} '{typeCode}' list."))]);
        if (old.ListYear is { } from && from >= year)
        {
            throw new ValidationException([new ValidationFailure("list_year", Localized.Text("只能结转到更晚年度的清单。", "An item carries over to a later year's list only."))]);
        }

        var key = request.NewKey ?? await TaskKeys.NextAsync(db, type.KeyPrefix + "-", cancellationToken);
        if (await db.Tasks.IgnoreQueryFilters([VisibilityFilter.Name]).AnyAsync(t => t.Key == key, cancellationToken))
        {
            throw new DomainRuleException("task.duplicate", Localized.Text($"任务编号“{key}”已存在。", $"The task key '{key}' is taken."));
        }

        var departmentIds = old.Parties.SelectMany(p => p.Departments.Select(d => d.DepartmentId)).ToList();
        var departments = await db.Departments.Where(d => departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var now = time.GetUtcNow();
        var item = CoordinatedTask.Create(
            new TaskDefinition(
                key, type.Code, programmeCode, old.CategoryCode, old.TitleZh, old.TitleEn, old.PeriodText, old.StartYear, old.EndYear,
                old.MainContent, null, old.SourceDocument, old.SourceRow, old.Remarks, year),
            old.Parties.Select(p => new PartySpec(
                p.JurisdictionCode, p.Role, p.Share, p.Departments.Select(d => departments[d.DepartmentId]).ToList())),
            now);
        item.ContinueFrom(old);
        foreach (var named in old.Organisations)
        {
            item.NameOrganisation(named.OrganisationCode, named.Relation);
        }

        foreach (var field in old.Fields.Where(f => type.Fields.Any(c => c.Key == f.Key)))
        {
            item.SetField(type, field.Key, field.Text ?? field.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (old.Stage is { } stage)
        {
            item.ChangeStage(stage, new DateOnly(year, 1, 1), Localized.Text($"自 {old.Key} 结转", $"Carried over from {old.Key}"), caller.Name ?? "unknown", now);
        }

        if (!string.IsNullOrWhiteSpace(request.AnnualTarget))
        {
            item.AddTarget(year, request.AnnualTarget, []);
            item.AddMilestone(new MilestoneSpec($"{year}年度任务完成", $"{year} targets met", new DateOnly(year, 12, 31), DatePrecision.Year, []));
        }

        old.Archive(Localized.Text($"结转至{year}年清单：{key}", $"Carried over to the {year} list as {key}"), now);
        db.Tasks.Add(item);
        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return await details.ReadAsync(key, cancellationToken);
    }
}
