using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.EditParty;

public sealed class EditPartyCommandHandler(IAppDbContext db, TaskDetailReader details) : IRequestHandler<EditPartyCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(EditPartyCommand request, CancellationToken cancellationToken)
    {
        var task = await TaskLoader.LoadAsync(db, request.Key, cancellationToken, withTargets: true);
        TaskConcurrency.Require(request.ExpectedVersion, task.Version);
        var code = request.Jurisdiction!;
        var role = EnumText.TryParse<PartyRole>(request.Role, out var parsed) ? parsed : (PartyRole?)null;
        var departments = await DepartmentCodes.ResolveAsync(db, request.Departments, "departments", cancellationToken);
        switch (request.Action)
        {
            case EditAction.Add:
                task.AddParty(new PartySpec(code, role!.Value, request.Share, departments ?? []));
                break;
            case EditAction.Change:
                task.ChangeParty(code, role, request.Share, departments);
                break;
            default:
                await EnsureNothingReportedAsync(task, code, cancellationToken);
                task.RemoveParty(code);
                break;
        }

        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return await details.ReadAsync(task.Key, cancellationToken);
    }

    /// <summary>Nothing a party has reported on is deleted: a party with reports or its own measures stays.</summary>
    private async Task EnsureNothingReportedAsync(CoordinatedTask task, string code, CancellationToken cancellationToken)
    {
        if (await db.ProgressReports.AnyAsync(r => r.TaskId == task.Id && r.JurisdictionCode == code, cancellationToken))
        {
            throw new DomainRuleException("party.has_reports", Localized.Text(
                $"{code} 已就本任务报送过月调度，不能移除；可改为其他角色。", $"{code} has reported on this task and cannot be removed; change its role instead."));
        }

        if (task.Targets.SelectMany(t => t.Measures).Any(m => m.JurisdictionCode == code))
        {
            throw new DomainRuleException("party.has_measures", Localized.Text(
                $"{code} 有本方的年度目标指标，须先移除这些指标。", $"{code} has measures of its own in the targets; remove them first."));
        }
    }
}
