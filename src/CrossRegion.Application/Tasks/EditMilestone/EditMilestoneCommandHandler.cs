using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.EditMilestone;

public sealed class EditMilestoneCommandHandler(IAppDbContext db, TimeProvider time, TaskDetailReader details) : IRequestHandler<EditMilestoneCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(EditMilestoneCommand request, CancellationToken cancellationToken)
    {
        var task = request.MilestoneId is { } id
            ? await TaskLoader.LoadWithMilestoneAsync(db, request.Key, id, cancellationToken)
            : await TaskLoader.LoadAsync(db, request.Key, cancellationToken);
        TaskConcurrency.Require(request.ExpectedVersion, task.Version);
        var precision = EnumText.TryParse<DatePrecision>(request.DuePrecision, out var parsed) ? parsed : (DatePrecision?)null;
        switch (request.Action)
        {
            case EditAction.Add:
                task.AddMilestone(new MilestoneSpec(request.Title!, request.TitleEn, request.DueDate!.Value, precision!.Value, request.Owners ?? []));
                break;
            case EditAction.Change:
                task.ReviseMilestone(
                    Required(request.MilestoneId), request.Title, request.TitleEn, request.DueDate, precision, request.Owners, ShanghaiClock.Today(time));
                break;
            default:
                var removed = Required(request.MilestoneId);
                task.RemoveMilestone(removed, hasEvidence: await db.Attachments.AnyAsync(a => a.MilestoneId == removed, cancellationToken));
                break;
        }

        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return await details.ReadAsync(task.Key, cancellationToken);
    }

    private static Guid Required(Guid? id) => id ?? throw new NotFoundException("milestone", "(none)");
}
