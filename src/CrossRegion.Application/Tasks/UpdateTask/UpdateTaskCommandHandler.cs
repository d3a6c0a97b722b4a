using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.UpdateTask;

public sealed class UpdateTaskCommandHandler(IAppDbContext db) : IRequestHandler<UpdateTaskCommand, int>
{
    public async Task<int> Handle(UpdateTaskCommand request, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Key == request.Key, cancellationToken)
            ?? throw new NotFoundException("task", request.Key);
        TaskConcurrency.Require(request.ExpectedVersion, task.Version);

        task.Revise(
            request.TitleZh,
            request.TitleEn,
            request.MainContent,
            EnumText.TryParse<TaskStage>(request.Stage, out var stage) ? stage : null,
            request.Remarks);
        if (request.Period is { } period)
        {
            task.SetPeriod(period.Text!, period.StartYear, period.EndYear);
        }

        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return task.Version;
    }
}
