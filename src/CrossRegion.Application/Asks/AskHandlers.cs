using CrossRegion.Application.Common.Concurrency;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Domain.Asks;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Tasks;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Asks;

/// <summary>Who may act on an ask, and how one is read.</summary>
internal static class AskAccess
{
    /// <summary>
    /// Whoever runs the task's programme acts on any of its asks; a party of the task (its coordinator or a responsible
    /// unit) on the asks it submits. Others who see the task read it only (403).
    /// </summary>
    public static async Task EnsureMayActAsync(IAppDbContext db, ICurrentUser caller, CoordinatedTask task, IEnumerable<string> submitters, CancellationToken cancellationToken)
    {
        if (PartyActor.SpeakingParty(caller, task) is { } party && submitters.Contains(party, StringComparer.Ordinal))
        {
            return;
        }

        if (!await caller.RunsAsync(db, task.ProgrammeCode, cancellationToken))
        {
            throw new ForbiddenAccessException(Localized.Text(
                "只有报送地区的协调人、责任单位或联合办公室可以办理该争取事项。", "Only a submitting city's coordinator or responsible unit, or the joint office, may act on this ask."));
        }
    }

    public static async Task<List<AskDto>> ReadAsync(IAppDbContext db, TimeProvider time, IQueryable<Ask> asks, CancellationToken cancellationToken)
    {
        var today = ShanghaiClock.Today(time);
        var rows = await asks.Join(db.Tasks, a => a.TaskId, t => t.Id, (a, t) => new { Ask = a, t.Key }).ToListAsync(cancellationToken);
        var codes = rows.SelectMany(r => r.Ask.Addressees).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => codes.Contains(o.Code)).ToDictionaryAsync(o => o.Code, cancellationToken);
        return rows.Select(r =>
        {
            var a = r.Ask;
            return new AskDto(
                a.Id, r.Key, a.MilestoneId, a.Kind, a.Subject,
                a.Addressees.Select(c => names.TryGetValue(c, out var o) ? new AskAddresseeDto(c, o.NameZh, o.NameEn) : new AskAddresseeDto(c, c, c)).ToList(),
                a.Submitters, a.Status, a.SubmittedOn, a.SubmittedReference, a.AnsweredOn, a.AnswerReference, a.AnswerDocument, a.Reason, a.FollowUpOn,
                Ask.IsOverdue(a.Status, a.FollowUpOn, today), a.CreatedBy, a.CreatedAt, a.Revision);
        }).ToList();
    }

    public static async Task<AskDto> ReadOneAsync(IAppDbContext db, TimeProvider time, Guid id, CancellationToken cancellationToken) =>
        (await ReadAsync(db, time, db.Asks.AsNoTracking().Where(a => a.Id == id), cancellationToken)).SingleOrDefault()
        ?? throw new NotFoundException("ask", id.ToString());
}

public sealed class DraftAskCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time) : IRequestHandler<DraftAskCommand, AskDto>
{
    public async Task<AskDto> Handle(DraftAskCommand request, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.Include(t => t.Parties).ThenInclude(p => p.Departments).Include(t => t.Milestones).AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Key == request.Key, cancellationToken)
            ?? throw new NotFoundException("task", request.Key);
        var submitters = request.Submitters!.Distinct(StringComparer.Ordinal).ToList();
        var failures = submitters.Where(s => task.FindParty(s) is null)
            .Select(s => new ValidationFailure("submitters", Localized.Text($"{s} 不是该任务的参与方，不能报送。", $"{s} is not a party of the task and cannot submit.")))
            .ToList();
        var addressees = request.Addressees!.Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Organisations.AsNoTracking().Where(o => addressees.Contains(o.Code)).Select(o => o.Code).ToListAsync(cancellationToken);
        failures.AddRange(addressees.Except(known).Select(a => new ValidationFailure("addressees", Localized.Text($"未知的争取对象“{a}”（见机构目录）。", $"Unknown addressee '{a}' (see the organisations' catalogue)."))));
        if (request.MilestoneId is { } milestone && task.Milestones.All(m => m.Id != milestone))
        {
            failures.Add(new ValidationFailure("milestone_id", Localized.Text("该任务没有这个节点。", "The task has no such milestone.")));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        await AskAccess.EnsureMayActAsync(db, caller, task, submitters, cancellationToken);
        var ask = Ask.Draft(
            task.Id, request.MilestoneId, EnumText.Parse<AskKind>(request.Kind), request.Subject!, addressees, submitters, request.FollowUpOn, caller.Name ?? "unknown", time.GetUtcNow());
        db.Asks.Add(ask);
        await db.SaveChangesAsync(cancellationToken);
        return await AskAccess.ReadOneAsync(db, time, ask.Id, cancellationToken);
    }
}

public sealed class ListTaskAsksQueryHandler(IAppDbContext db, TimeProvider time) : IRequestHandler<ListTaskAsksQuery, IReadOnlyList<AskDto>>
{
    public async Task<IReadOnlyList<AskDto>> Handle(ListTaskAsksQuery request, CancellationToken cancellationToken)
    {
        var taskId = await VisibleTasks.IdAsync(db, request.Key, cancellationToken);
        return (await AskAccess.ReadAsync(db, time, db.Asks.AsNoTracking().Where(a => a.TaskId == taskId), cancellationToken))
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).ToList();
    }
}

public sealed class ListAsksQueryHandler(IAppDbContext db, TimeProvider time) : IRequestHandler<ListAsksQuery, CursorPage<AskDto>>
{
    public async Task<CursorPage<AskDto>> Handle(ListAsksQuery request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? Cursor.DefaultLimit;
        var asks = db.Asks.AsNoTracking();
        if (request.City is { } city)
        {
            asks = asks.Where(a => a.Submitters.Contains(city));
        }

        if (request.State is { } state)
        {
            var status = EnumText.Parse<AskStatus>(state);
            asks = asks.Where(a => a.Status == status);
        }

        if (request.Addressee is { } addressee)
        {
            asks = asks.Where(a => a.Addressees.Contains(addressee));
        }

        if (request.Overdue is { } overdue)
        {
            var today = ShanghaiClock.Today(time);
            asks = overdue
                ? asks.Where(a => Ask.AwaitingAnswer.Contains(a.Status) && a.FollowUpOn < today)
                : asks.Where(a => !(Ask.AwaitingAnswer.Contains(a.Status) && a.FollowUpOn < today));
        }

        var page = NewestFirst.Page(asks, request.Cursor, limit);
        var rows = (await AskAccess.ReadAsync(db, time, page, cancellationToken)).OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).ToList();
        return CursorPage.Of(rows, limit, a => new TimeCursor(a.CreatedAt, a.Id));
    }
}

public sealed class GetAskQueryHandler(IAppDbContext db, TimeProvider time) : IRequestHandler<GetAskQuery, AskDto>
{
    public Task<AskDto> Handle(GetAskQuery request, CancellationToken cancellationToken) => AskAccess.ReadOneAsync(db, time, request.Id, cancellationToken);
}

public sealed class ChangeAskCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time) : IRequestHandler<ChangeAskCommand, AskDto>
{
    public async Task<AskDto> Handle(ChangeAskCommand request, CancellationToken cancellationToken)
    {
        var ask = await db.Asks.SingleOrDefaultAsync(a => a.Id == request.Id, cancellationToken) ?? throw new NotFoundException("ask", request.Id.ToString());
        var task = await db.Tasks.Include(t => t.Parties).ThenInclude(p => p.Departments).AsSplitQuery().SingleAsync(t => t.Id == ask.TaskId, cancellationToken);
        await AskAccess.EnsureMayActAsync(db, caller, task, ask.Submitters, cancellationToken);
        if (Revisions.Differs(request.ExpectedRevision, ask.Revision))
        {
            throw Stale();
        }

        var today = ShanghaiClock.Today(time);
        switch (request.Action)
        {
            case "submit":
                ask.Submit(request.On!.Value, request.Reference, request.FollowUpOn, today);
                break;
            case "answer":
                ask.Answer(EnumText.Parse<AskStatus>(request.Outcome), request.On!.Value, request.Reference, request.Document, request.Reason, request.FollowUpOn, today);
                if (request.SignOffMilestone)
                {
                    await SignOffMilestoneAsync(ask, task.Key, today, cancellationToken);
                }

                break;
            case "withdraw":
                ask.Withdraw(request.Reason!);
                break;
            default:
                ask.FollowUp(request.FollowUpOn);
                break;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Stale();
        }

        return await AskAccess.ReadOneAsync(db, time, ask.Id, cancellationToken);
    }

    private static PreconditionFailedException Stale() =>
        new(Localized.Text("该事项已被他人修改，请刷新后再提交。", "The ask changed since you read it; reload and retry."), required: false);

    /// <summary>
    /// The approval completes the milestone it was sought for ("获批" milestones): each submitting city that owns the
    /// milestone and has not yet confirmed its part confirms it, the answer as evidence. Owners that did not submit the
    /// ask still sign for themselves. Saved with the answer, in one SaveChanges: both or neither.
    /// </summary>
    private async Task SignOffMilestoneAsync(Ask ask, string key, DateOnly today, CancellationToken cancellationToken)
    {
        if (ask.MilestoneId is not { } milestoneId)
        {
            throw new DomainRuleException("ask.milestone", "该事项未关联节点，无法据以完成节点。", "The ask is not for a milestone; there is nothing to complete.");
        }

        var task = await TaskLoader.LoadWithMilestoneAsync(db, key, milestoneId, cancellationToken);
        var milestone = task.Milestones.Single(m => m.Id == milestoneId);
        var parts = ask.Submitters.Where(city => milestone.IsOwnedBy(city) && !milestone.HasConfirmed(city)).ToList();
        if (parts.Count == 0)
        {
            throw new DomainRuleException(
                "ask.milestone", "报送地区在该节点上已无待会签的部分。", "None of the submitting cities has an unsigned part of the milestone.");
        }

        var evidence = (ask.Status == AskStatus.Approved ? "获批：" : "纳入：") + ask.AnswerDocument + (ask.AnswerReference is { } reference ? $"（{reference}）" : string.Empty)
            + $"，{ask.AnsweredOn:yyyy-MM-dd}";
        var now = time.GetUtcNow();
        foreach (var city in parts)
        {
            task.SignOffMilestone(milestoneId, city, evidence, null, caller.Name ?? "unknown", now, today);
        }
    }
}
