using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Tasks;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.CreateTask;

/// <summary>
/// Resolves the references (programme, pillar, units, parent) against the ledger, builds the aggregate (whose rules
/// answer 422), and saves it with its audit entry in one transaction. Unknown references are field errors (400).
/// </summary>
public sealed class CreateTaskCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, TaskDetailReader details) : IRequestHandler<CreateTaskCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(CreateTaskCommand request, CancellationToken cancellationToken)
    {
        // Keys are unique across the ledger, including tasks the caller cannot see.
        if (await db.Tasks.IgnoreQueryFilters([VisibilityFilter.Name]).AnyAsync(t => t.Key == request.Key, cancellationToken))
        {
            throw new DomainRuleException("task.duplicate", Localized.Text($"任务编号“{request.Key}”已存在。", $"The task key '{request.Key}' is taken."));
        }

        var references = await CreateTaskReferences.LoadAsync(db, request, cancellationToken);
        var problems = references.Problems(request);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems);
        }

        caller.EnsureRunsProgramme(request.Programme!);

        var definition = new TaskDefinition(
                request.Key!, request.ListType!, request.Programme!, request.Category!, request.TitleZh!,
                request.TitleEn!, request.Period!.Text!, request.Period.StartYear, request.Period.EndYear, request.MainContent!,
                request.Stage is null ? null : Parse<TaskStage>(request.Stage), null, null, request.Remarks);
        var parties = request.Parties!.Select(p => new PartySpec(
            p.Jurisdiction!, Parse<PartyRole>(p.Role), p.Share, (p.Departments ?? []).Select(code => references.Departments[code]).ToList()));
        var task = caller.Roles.HasFlag(UserRoles.JointOfficeCoordinator)
            ? CoordinatedTask.Create(definition, parties, time.GetUtcNow())
            : CoordinatedTask.Propose(definition, parties, PartyActor.OwnJurisdiction(caller) ?? "", caller.Name ?? "unknown", time.GetUtcNow());
        foreach (var alias in request.Aliases ?? [])
        {
            task.AddAlias(alias);
        }

        if (references.Parent is { } parent)
        {
            task.SetParent(parent);
        }

        foreach (var target in request.Targets ?? [])
        {
            task.AddTarget(target.Year!.Value, target.Text!, (target.Measures ?? []).Select(MeasureInput.ToSpec));
        }

        foreach (var milestone in request.Milestones ?? [])
        {
            task.AddMilestone(new MilestoneSpec(
                milestone.Title!, milestone.TitleEn, milestone.DueDate!.Value, Parse<DatePrecision>(milestone.DuePrecision), milestone.Owners ?? []));
        }

        db.Tasks.Add(task);
        await db.SaveChangesAsync(cancellationToken);
        return await details.ReadAsync(task.Key, cancellationToken);
    }

    private static T Parse<T>(string? text)
        where T : struct, Enum => EnumText.TryParse<T>(text, out var value) ? value : throw new ValidationException([new ValidationFailure(typeof(T).Name, text)]);
}
