using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
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
        if (request.ExpectedVersion is not { } expected)
        {
            throw new PreconditionFailedException(
                Localized.Text("修改须附带 If-Match 请求头（先 GET 取得 ETag）。", "Send If-Match with the ETag from a GET of the task."), required: true);
        }

        if (expected != task.Version)
        {
            throw Stale();
        }

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

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: their change stands, ours is refused.
            throw Stale();
        }

        return task.Version;
    }

    private static PreconditionFailedException Stale() => new(
        Localized.Text("任务已被他人修改，请重新获取后再提交。", "The task changed since you read it; fetch it again and retry."), required: false);
}
