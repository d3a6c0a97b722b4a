using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.CreateTask;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.EditTarget;

public sealed class EditTargetCommandHandler(IAppDbContext db, TaskDetailReader details) : IRequestHandler<EditTargetCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(EditTargetCommand request, CancellationToken cancellationToken)
    {
        var task = await TaskLoader.LoadAsync(db, request.Key, cancellationToken, withTargets: true);
        TaskConcurrency.Require(request.ExpectedVersion, task.Version);
        var year = request.Year!.Value;
        var measures = (request.Measures ?? []).Select(MeasureInput.ToSpec).ToList();
        switch (request.Action)
        {
            case EditAction.Add:
                task.AddTarget(year, request.Text!, measures);
                break;
            case EditAction.Change:
                task.ReviseTarget(year, request.Text, measures);
                break;
            default:
                await EnsureNotReportedAsync(task, year, request.MeasureId, cancellationToken);
                task.RemoveTarget(year, request.MeasureId);
                break;
        }

        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return await details.ReadAsync(task.Key, cancellationToken);
    }

    /// <summary>Nothing a party has reported against is deleted.</summary>
    private async Task EnsureNotReportedAsync(CoordinatedTask task, int year, Guid? measureId, CancellationToken cancellationToken)
    {
        var ids = task.Targets.Where(t => t.Year == year).SelectMany(t => t.Measures).Select(m => m.Id)
            .Where(id => measureId is null || id == measureId).ToList();
        if (await db.ProgressReports.AnyAsync(r => r.TaskId == task.Id && r.Values.Any(v => ids.Contains(v.MeasureId)), cancellationToken))
        {
            throw new DomainRuleException("measure.reported", Localized.Text(
                "已有参与方按该指标报送过数值，不能删除。", "Parties have reported values against this measure; it stays on the record."));
        }
    }
}
