using CrossRegion.Application.Common.Concurrency;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Issues;
using CrossRegion.Domain.Tasks;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Issues;

/// <summary>
/// How an issue is read, and who may act on it. Readers are whoever sees its task (the issues are task-owned rows,
/// under the tasks' filter): every addressee is such a reader by construction — a party's unit, a task force led by a
/// party's unit, the joint office running the programme, an organisation the task names — so a city that is no party
/// reads neither the task nor its issues (404).
/// </summary>
internal static class IssueAccess
{
    public static async Task<List<IssueDto>> ReadAsync(IAppDbContext db, TimeProvider time, IQueryable<TaskIssue> issues, CancellationToken cancellationToken)
    {
        var today = ShanghaiClock.Today(time);
        var rows = await issues.Join(db.Tasks, i => i.TaskId, t => t.Id, (i, t) => new { Issue = i, t.Key }).ToListAsync(cancellationToken);
        string[] Codes(IssueAddressee kind) => rows.Where(r => r.Issue.AddresseeKind == kind).Select(r => r.Issue.AddresseeCode!).Distinct().ToArray();
        var (unitCodes, forceCodes, organisationCodes) = (Codes(IssueAddressee.Unit), Codes(IssueAddressee.TaskForce), Codes(IssueAddressee.Organisation));
        var names = (await db.Departments.AsNoTracking().Where(d => unitCodes.Contains(d.Code)).Select(d => new { Kind = IssueAddressee.Unit, d.Code, d.NameZh, d.NameEn }).ToListAsync(cancellationToken))
            .Concat(await db.TaskForces.AsNoTracking().Where(f => forceCodes.Contains(f.Code)).Select(f => new { Kind = IssueAddressee.TaskForce, f.Code, f.NameZh, f.NameEn }).ToListAsync(cancellationToken))
            .Concat(await db.Organisations.AsNoTracking().Where(o => organisationCodes.Contains(o.Code)).Select(o => new { Kind = IssueAddressee.Organisation, o.Code, o.NameZh, o.NameEn }).ToListAsync(cancellationToken))
            .ToDictionary(n => (n.Kind, n.Code), n => (n.NameZh, n.NameEn));
        return rows.Select(r =>
        {
            var i = r.Issue;
            var (zh, en) = i.AddresseeKind == IssueAddressee.JointOffice ? ("联合办公室", "Joint office")
                : names.TryGetValue((i.AddresseeKind, i.AddresseeCode!), out var named) ? named : (i.AddresseeCode!, i.AddresseeCode!);
            return new IssueDto(
                i.Id, r.Key, i.MilestoneId, i.RaisedBy, i.Subject, i.HelpNeeded, new IssueAddresseeDto(i.AddresseeKind, i.AddresseeCode, zh, en, i.AddresseeJurisdiction),
                i.ReplyBy, i.Status, i.Answer, i.AnsweredBy, i.AnsweredOn, i.ClosedOn, i.Reason, i.Reopened, TaskIssue.IsOverdue(i.Status, i.ReplyBy, today),
                i.CreatedBy, i.CreatedAt, i.Revision)
            {
                Factor = i.FactorKind is { } kind ? new FactorDto(kind, i.FactorAmount ?? 0, i.FactorUnit ?? string.Empty, i.FactorOutcome, i.GrantedAmount, i.GrantDocument) : null,
            };
        }).ToList();
    }

    public static async Task<IssueDto> ReadOneAsync(IAppDbContext db, TimeProvider time, Guid id, CancellationToken cancellationToken) =>
        (await ReadAsync(db, time, db.Issues.AsNoTracking().Where(i => i.Id == id), cancellationToken)).SingleOrDefault()
        ?? throw new NotFoundException("issue", id.ToString());

    /// <summary>
    /// The addressee answers: a unit's own people or its city's coordinator; a task force's lead unit's people or its
    /// city's coordinator; whoever runs the programme for any issue (the joint office also records an organisation's).
    /// </summary>
    public static async Task EnsureMayAnswerAsync(IAppDbContext db, ICurrentUser caller, TaskIssue issue, string programme, CancellationToken cancellationToken)
    {
        var city = PartyActor.OwnJurisdiction(caller);
        if (city is not null && city == issue.AddresseeJurisdiction)
        {
            var unit = issue.AddresseeKind == IssueAddressee.Unit
                ? await db.Departments.AsNoTracking().Where(d => d.Code == issue.AddresseeCode).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(cancellationToken)
                : await db.TaskForces.AsNoTracking().Where(f => f.Code == issue.AddresseeCode).Select(f => (Guid?)f.LeadUnitId).SingleOrDefaultAsync(cancellationToken);
            if (caller.Roles.HasFlag(UserRoles.CityCoordinator) || (unit is not null && caller.DepartmentId == unit))
            {
                return;
            }
        }

        if (!await caller.RunsAsync(db, programme, cancellationToken))
        {
            throw new ForbiddenAccessException(Localized.Text(
                "只有被协调的单位（或其所在地区协调人）、专班牵头单位或联合办公室可以答复。", "Only the addressed unit (or its city's coordinator), the task force's lead unit or the joint office may answer."));
        }
    }

    /// <summary>The raiser closes, reopens or withdraws: the raising party's coordinator or one of its responsible units.</summary>
    public static void EnsureRaiser(ICurrentUser caller, CoordinatedTask task, TaskIssue issue)
    {
        if (PartyActor.SpeakingParty(caller, task) != issue.RaisedBy)
        {
            throw new ForbiddenAccessException(Localized.Text(
                "只有提出问题的一方（其协调人或责任单位）可以销号、重新打开或撤回。", "Only the raising party (its coordinator or a responsible unit) may close, reopen or withdraw the issue."));
        }
    }
}

public sealed class RaiseIssueCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time) : IRequestHandler<RaiseIssueCommand, IssueDto>
{
    public async Task<IssueDto> Handle(RaiseIssueCommand request, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.Include(t => t.Parties).ThenInclude(p => p.Departments).Include(t => t.Milestones).Include(t => t.Organisations).AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Key == request.Key, cancellationToken)
            ?? throw new NotFoundException("task", request.Key);
        var raisedBy = PartyActor.SpeakingParty(caller, task) ?? throw new ForbiddenAccessException(Localized.Text(
            "只有该任务参与方的协调人或责任单位可以提出问题。", "Only a party's coordinator or responsible unit may raise an issue on the task."));
        var kind = EnumText.Parse<IssueAddressee>(request.AddresseeKind);
        var (code, answering, failure) = await AddresseeAsync(task, kind, request.Addressee, cancellationToken);
        var failures = failure is null ? new List<ValidationFailure>() : [new ValidationFailure("addressee", failure)];
        if (request.MilestoneId is { } milestone && task.Milestones.All(m => m.Id != milestone))
        {
            failures.Add(new ValidationFailure("milestone_id", Localized.Text("该任务没有这个节点。", "The task has no such milestone.")));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var issue = TaskIssue.Raise(
            task.Id, request.MilestoneId, raisedBy, request.Subject!, request.HelpNeeded!, kind, code, answering, request.ReplyBy!.Value, ShanghaiClock.Today(time),
            caller.Name ?? "unknown", time.GetUtcNow(),
            request.Factor is { } factor ? new FactorRequest(EnumText.Parse<FactorKind>(factor.Kind!), factor.Amount!.Value, factor.Unit!) : null);
        db.Issues.Add(issue);
        await db.SaveChangesAsync(cancellationToken);
        return await IssueAccess.ReadOneAsync(db, time, issue.Id, cancellationToken);
    }

    /// <summary>
    /// The addressee as stored (its code and the city answering for it), or why it cannot be addressed: a city that is
    /// no party to the task is reached only through the joint office, and never learns of the task.
    /// </summary>
    private async Task<(string? Code, string? Answering, string? Failure)> AddresseeAsync(
        CoordinatedTask task, IssueAddressee kind, string? code, CancellationToken cancellationToken)
    {
        var notParty = Localized.Text(
            "被协调方不是本任务的参与方：请提交联合办公室协调（addressee_kind=joint_office）。",
            "The addressee is no party to the task: address the joint office instead (addressee_kind=joint_office).");
        switch (kind)
        {
            case IssueAddressee.Unit:
                var unit = await db.Departments.AsNoTracking().Where(d => d.Code == code).Select(d => d.JurisdictionCode).SingleOrDefaultAsync(cancellationToken);
                return unit is null ? (null, null, Localized.Text($"未知的单位“{code}”。", $"Unknown unit '{code}'."))
                    : task.FindParty(unit) is null ? (null, null, notParty) : (code, unit, null);
            case IssueAddressee.TaskForce:
                var lead = await db.TaskForces.AsNoTracking().Where(f => f.Code == code && f.ProgrammeCode == task.ProgrammeCode)
                    .Select(f => db.Departments.Where(d => d.Id == f.LeadUnitId).Select(d => d.JurisdictionCode).FirstOrDefault())
                    .SingleOrDefaultAsync(cancellationToken);
                return lead is null ? (null, null, Localized.Text($"本任务所属规划没有专班“{code}”。", $"The task's programme has no task force '{code}'."))
                    : task.FindParty(lead) is null ? (null, null, notParty) : (code, lead, null);
            case IssueAddressee.Organisation:
                return task.Organisations.Any(o => o.OrganisationCode == code) ? (code, null, null)
                    : (null, null, Localized.Text(
                        $"本任务未列明机构“{code}”：请先在任务中列明，或提交联合办公室协调。", $"The task does not name organisation '{code}': name it on the task first, or address the joint office."));
            default:
                return (null, null, null);
        }
    }
}

public sealed class ListTaskIssuesQueryHandler(IAppDbContext db, TimeProvider time) : IRequestHandler<ListTaskIssuesQuery, IReadOnlyList<IssueDto>>
{
    public async Task<IReadOnlyList<IssueDto>> Handle(ListTaskIssuesQuery request, CancellationToken cancellationToken)
    {
        var taskId = await VisibleTasks.IdAsync(db, request.Key, cancellationToken);
        return (await IssueAccess.ReadAsync(db, time, db.Issues.AsNoTracking().Where(i => i.TaskId == taskId), cancellationToken))
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToList();
    }
}

public sealed class ListIssuesQueryHandler(IAppDbContext db, TimeProvider time) : IRequestHandler<ListIssuesQuery, CursorPage<IssueDto>>
{
    public async Task<CursorPage<IssueDto>> Handle(ListIssuesQuery request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? Cursor.DefaultLimit;
        var issues = db.Issues.AsNoTracking();
        if (request.City is { } city)
        {
            issues = issues.Where(i => i.RaisedBy == city);
        }

        if (request.State is { } state)
        {
            var status = EnumText.Parse<IssueStatus>(state);
            issues = issues.Where(i => i.Status == status);
        }

        if (request.Addressee is { } addressee)
        {
            issues = addressee == "joint_office"
                ? issues.Where(i => i.AddresseeKind == IssueAddressee.JointOffice)
                : issues.Where(i => i.AddresseeCode == addressee);
        }

        if (request.Factor is { } factor)
        {
            var kind = factor == "any" ? (FactorKind?)null : EnumText.Parse<FactorKind>(factor);
            issues = kind is null ? issues.Where(i => i.FactorKind != null) : issues.Where(i => i.FactorKind == kind);
        }

        if (request.Overdue is { } overdue)
        {
            var today = ShanghaiClock.Today(time);
            issues = overdue
                ? issues.Where(i => i.Status == IssueStatus.Open && i.ReplyBy < today)
                : issues.Where(i => !(i.Status == IssueStatus.Open && i.ReplyBy < today));
        }

        var page = NewestFirst.Page(issues, request.Cursor, limit);
        var rows = (await IssueAccess.ReadAsync(db, time, page, cancellationToken)).OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).ToList();
        return CursorPage.Of(rows, limit, i => new TimeCursor(i.CreatedAt, i.Id));
    }
}

public sealed class GetIssueQueryHandler(IAppDbContext db, TimeProvider time) : IRequestHandler<GetIssueQuery, IssueDto>
{
    public Task<IssueDto> Handle(GetIssueQuery request, CancellationToken cancellationToken) => IssueAccess.ReadOneAsync(db, time, request.Id, cancellationToken);
}

public sealed class ChangeIssueCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time) : IRequestHandler<ChangeIssueCommand, IssueDto>
{
    public async Task<IssueDto> Handle(ChangeIssueCommand request, CancellationToken cancellationToken)
    {
        var issue = await db.Issues.SingleOrDefaultAsync(i => i.Id == request.Id, cancellationToken) ?? throw new NotFoundException("issue", request.Id.ToString());
        var task = await db.Tasks.Include(t => t.Parties).ThenInclude(p => p.Departments).AsSplitQuery().SingleAsync(t => t.Id == issue.TaskId, cancellationToken);
        if (request.Action == "answer")
        {
            await IssueAccess.EnsureMayAnswerAsync(db, caller, issue, task.ProgrammeCode, cancellationToken);
        }
        else
        {
            IssueAccess.EnsureRaiser(caller, task, issue);
        }

        if (Revisions.Differs(request.ExpectedRevision, issue.Revision))
        {
            throw Stale();
        }

        var today = ShanghaiClock.Today(time);
        switch (request.Action)
        {
            case "answer":
                issue.AnswerWith(request.Answer!, caller.Name ?? "unknown", today, request.Grant is { } grant
                    ? new FactorGrant(EnumText.Parse<FactorOutcome>(grant.Outcome!), grant.Amount, grant.Document)
                    : null);
                break;
            case "close":
                issue.Close(today);
                break;
            case "reopen":
                issue.Reopen(request.Reason!, request.ReplyBy!.Value, today);
                break;
            default:
                issue.Withdraw(request.Reason!);
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

        return await IssueAccess.ReadOneAsync(db, time, issue.Id, cancellationToken);
    }

    private static PreconditionFailedException Stale() =>
        new(Localized.Text("该问题已被他人修改，请刷新后再提交。", "The issue changed since you read it; reload and retry."), required: false);
}
