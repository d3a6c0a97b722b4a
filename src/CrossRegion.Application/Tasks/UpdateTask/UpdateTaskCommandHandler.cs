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

namespace CrossRegion.Application.Tasks.UpdateTask;

public sealed class UpdateTaskCommandHandler(IAppDbContext db, TaskDetailReader details, ICurrentUser caller, TimeProvider time) : IRequestHandler<UpdateTaskCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(UpdateTaskCommand request, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Key == request.Key, cancellationToken)
            ?? throw new NotFoundException("task", request.Key);
        TaskConcurrency.Require(request.ExpectedVersion, task.Version);

        task.Revise(
            request.TitleZh,
            request.TitleEn,
            request.MainContent,
            request.Remarks);
        if (EnumText.TryParse<TaskStage>(request.Stage, out var stage) && stage != task.Stage)
        {
            // A stage set here is dated today; POST …/stages records one with its own date.
            task.ChangeStage(stage, ShanghaiClock.Today(time), null, caller.Name ?? "unknown", time.GetUtcNow());
        }

        if (request.Period is { } period)
        {
            task.SetPeriod(period.Text!, period.StartYear, period.EndYear);
        }

        foreach (var alias in request.AddAliases ?? [])
        {
            task.AddAlias(alias);
        }

        if (request.ParentKey is { } parentKey)
        {
            var parent = await db.Tasks.SingleOrDefaultAsync(t => t.Key == parentKey, cancellationToken)
                ?? throw new ValidationException([new ValidationFailure("parent_key", Localized.Text("上级任务不存在。", "No such parent task."))]);
            if (await db.Tasks.IgnoreQueryFilters([VisibilityFilter.Name]).AnyAsync(t => t.ParentTaskId == task.Id, cancellationToken))
            {
                throw new DomainRuleException("task.parent_depth", Localized.Text(
                    "该任务已有子任务，不能再作为子任务（子任务只有一级）。", "This task has sub-tasks of its own; sub-tasks are one level deep."));
            }

            task.SetParent(parent);
        }

        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return await details.ReadAsync(task.Key, cancellationToken);
    }
}
