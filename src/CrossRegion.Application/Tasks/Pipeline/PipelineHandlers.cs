using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.Pipeline;

/// <summary>
/// The 前期 checklist and the shared costs change through the task, so each change moves its version (If-Match, ETag)
/// and answers with the task as it now is. A party acts for its own part; whoever runs the programme for any.
/// </summary>
internal static class PipelineAccess
{
    public static async Task<CoordinatedTask> LoadAsync(IAppDbContext db, string key, int? expectedVersion, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.Include(t => t.Parties).ThenInclude(p => p.Departments).Include(t => t.Preparation).AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Key == key, cancellationToken)
            ?? throw new NotFoundException("task", key);
        TaskConcurrency.Require(expectedVersion, task.Version);
        return task;
    }

    /// <summary>The party itself (its coordinator or one of its responsible units), or whoever runs the programme.</summary>
    public static async Task EnsureActsForAsync(IAppDbContext db, ICurrentUser caller, CoordinatedTask task, string party, CancellationToken cancellationToken)
    {
        if (PartyActor.SpeakingParty(caller, task) != party && !await caller.RunsAsync(db, task.ProgrammeCode, cancellationToken))
        {
            throw new ForbiddenAccessException(Localized.Text(
                $"只有 {party} 方（其协调人或责任单位）或联合办公室可以办理。", $"Only {party} (its coordinator or a responsible unit) or whoever runs the programme may do this."));
        }
    }

    public static async Task<TaskDetailDto> SaveAsync(IAppDbContext db, TaskDetailReader details, CoordinatedTask task, CancellationToken cancellationToken)
    {
        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return await details.ReadAsync(task.Key, cancellationToken);
    }
}

public sealed class AddPreparationItemCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, TaskDetailReader details)
    : IRequestHandler<AddPreparationItemCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(AddPreparationItemCommand request, CancellationToken cancellationToken)
    {
        var task = await PipelineAccess.LoadAsync(db, request.Key, request.ExpectedVersion, cancellationToken);
        task.AddPreparationItem(EnumText.Parse<PreparationKind>(request.Kind!), request.Name, request.Party!, caller.Name ?? "unknown", time.GetUtcNow());
        return await PipelineAccess.SaveAsync(db, details, task, cancellationToken);
    }
}

public sealed class SetPreparationItemCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, TaskDetailReader details)
    : IRequestHandler<SetPreparationItemCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(SetPreparationItemCommand request, CancellationToken cancellationToken)
    {
        var task = await PipelineAccess.LoadAsync(db, request.Key, request.ExpectedVersion, cancellationToken);
        var item = task.Preparation.FirstOrDefault(p => p.Id == request.ItemId) ?? throw new NotFoundException("preparation item", request.ItemId.ToString());
        await PipelineAccess.EnsureActsForAsync(db, caller, task, item.JurisdictionCode, cancellationToken);
        task.SetPreparationItem(
            item.Id, EnumText.Parse<PreparationState>(request.State!), request.On, request.Document, request.Note, ShanghaiClock.Today(time), caller.Name ?? "unknown", time.GetUtcNow());
        return await PipelineAccess.SaveAsync(db, details, task, cancellationToken);
    }
}

public sealed class RemovePreparationItemCommandHandler(IAppDbContext db, TaskDetailReader details) : IRequestHandler<RemovePreparationItemCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(RemovePreparationItemCommand request, CancellationToken cancellationToken)
    {
        var task = await PipelineAccess.LoadAsync(db, request.Key, request.ExpectedVersion, cancellationToken);
        if (task.Preparation.All(p => p.Id != request.ItemId))
        {
            throw new NotFoundException("preparation item", request.ItemId.ToString());
        }

        task.RemovePreparationItem(request.ItemId);
        return await PipelineAccess.SaveAsync(db, details, task, cancellationToken);
    }
}

public sealed class PledgeCommandHandler(IAppDbContext db, ICurrentUser caller, TaskDetailReader details) : IRequestHandler<PledgeCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(PledgeCommand request, CancellationToken cancellationToken)
    {
        var task = await PipelineAccess.LoadAsync(db, request.Key, request.ExpectedVersion, cancellationToken);
        var party = PartyOf(task, request.Party);
        await PipelineAccess.EnsureActsForAsync(db, caller, task, party, cancellationToken);
        task.Pledge(party, request.Pledged);
        return await PipelineAccess.SaveAsync(db, details, task, cancellationToken);
    }

    /// <summary>The party named in the path: one of the task's, else 404 (as for a milestone it does not have).</summary>
    internal static string PartyOf(CoordinatedTask task, string code) =>
        task.FindParty(code.ToUpperInvariant())?.JurisdictionCode ?? throw new NotFoundException("party", code);
}

public sealed class RecordSpendCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, TaskDetailReader details)
    : IRequestHandler<RecordSpendCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(RecordSpendCommand request, CancellationToken cancellationToken)
    {
        var task = await PipelineAccess.LoadAsync(db, request.Key, request.ExpectedVersion, cancellationToken);
        var party = PledgeCommandHandler.PartyOf(task, request.Party);
        await PipelineAccess.EnsureActsForAsync(db, caller, task, party, cancellationToken);
        task.RecordSpend(
            party, request.Period!, request.Amount!.Value, request.Note, ReportPeriod.Format(ShanghaiClock.Today(time)), caller.Name ?? "unknown", time.GetUtcNow());
        return await PipelineAccess.SaveAsync(db, details, task, cancellationToken);
    }
}
