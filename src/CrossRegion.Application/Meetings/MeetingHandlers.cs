using CrossRegion.Application.Common.Concurrency;
using System.Globalization;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.CreateTask;
using CrossRegion.Application.Tasks.EditMilestone;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Issues;
using CrossRegion.Domain.Meetings;
using CrossRegion.Domain.Tasks;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrossRegion.Application.Meetings;

/// <summary>
/// Loading and saving meetings. Who sees one is the model's query filter (member cities' people and the joint office
/// running the programme, and the system): <see cref="IAppDbContext.Meetings"/> holds nothing else.
/// </summary>
internal static class MeetingAccess
{
    public static async Task<Meeting> LoadAsync(IAppDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Meetings.Include(m => m.Agenda).Include(m => m.Attendees).Include(m => m.Decisions).AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
        ?? throw new NotFoundException("meeting", id.ToString());

    public static async Task<IReadOnlyList<string>> MembersAsync(IAppDbContext db, string programme, CancellationToken cancellationToken) =>
        await db.Programmes.Where(p => p.Code == programme).SelectMany(p => p.Members).OrderBy(m => m.JurisdictionCode).Select(m => m.JurisdictionCode).ToListAsync(cancellationToken);

    /// <summary>If-Match: the meeting as the caller last read it.</summary>
    public static void EnsureRevision(Meeting meeting, int? expected)
    {
        if (Revisions.Differs(expected, meeting.Revision))
        {
            throw new PreconditionFailedException(Localized.Text("会议已被他人修改，请刷新后再提交。", "The meeting changed since you read it; reload and retry."), required: false);
        }
    }

    public static async Task SaveAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException(Localized.Text("会议已被他人修改，请刷新后再提交。", "The meeting changed since you read it; reload and retry."), required: false);
        }
    }
}

/// <summary>Reads a meeting as the caller may see it.</summary>
public sealed class MeetingReader(IAppDbContext db, ICurrentUser caller, TimeProvider time, IBusinessCalendar calendar, IOptions<StatusLightOptions> lights)
{
    public async Task<MeetingDto> ReadAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);

        // Decisions and agenda items of tasks the caller does not see stay out (the task's own filter decides).
        var keys = meeting.Decisions.Select(d => d.TaskKey).Concat(meeting.Agenda.Where(a => a.TaskKey != null).Select(a => a.TaskKey!)).Distinct().ToList();
        var tasks = await db.Tasks.AsNoTracking().Where(t => keys.Contains(t.Key)).Include(t => t.Milestones).AsSplitQuery().ToDictionaryAsync(t => t.Key, cancellationToken);
        var window = LightWindow.Of(time, calendar, lights);
        var attended = caller.SeesAllTasks || caller.Kind == CallerKind.System || meeting.Attendees.Any(a => caller.Jurisdictions.Contains(a.Jurisdiction));
        var taskForce = meeting.TaskForceId is { } forceId
            ? await db.TaskForces.AsNoTracking().Where(f => f.Id == forceId).Select(f => f.Code).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new MeetingDto(
            meeting.Id, meeting.ProgrammeCode, meeting.Kind, meeting.Title, meeting.Date, meeting.Place, meeting.Host, meeting.Status, meeting.Revision,
            meeting.Agenda.Where(a => a.TaskKey is null || tasks.ContainsKey(a.TaskKey)).OrderBy(a => a.Position)
                .Select(a => new AgendaItemDto(a.Position, a.Title, a.Source, a.TaskKey, a.Jurisdiction, a.By)).ToList(),
            meeting.Attendees.OrderBy(a => a.Jurisdiction, StringComparer.Ordinal).Select(a => new AttendeeDto(a.Jurisdiction, a.Name, a.Post)).ToList(),
            attended ? meeting.Minutes : null,
            attended ? meeting.MinutesAt : null,
            meeting.Decisions.Where(d => tasks.ContainsKey(d.TaskKey)).OrderBy(d => d.Position).Select(d =>
            {
                var task = tasks[d.TaskKey];
                var milestone = task.Milestones.FirstOrDefault(m => m.Id == d.MilestoneId);
                var light = task.Status == CoordinatedTaskStatus.Closed ? StatusLight.Done
                    : milestone is null ? StatusLight.Green
                    : StatusLights.ForMilestone(milestone.Status, milestone.DueDate, window.Today, window.YellowUntil);
                return new DecisionDto(d.Position, d.Text, d.TaskKey, d.MilestoneId, d.DueDate, task.Status, milestone?.Status, light);
            }).ToList()) { TaskForce = taskForce };
    }
}

public sealed class SetHostOrderCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time) : IRequestHandler<SetHostOrderCommand, HostOrderDto>
{
    public async Task<HostOrderDto> Handle(SetHostOrderCommand request, CancellationToken cancellationToken)
    {
        await caller.EnsureRunsAsync(db, request.Programme, cancellationToken);
        var members = await MeetingAccess.MembersAsync(db, request.Programme, cancellationToken);
        var order = await db.HostOrders.SingleOrDefaultAsync(o => o.ProgrammeCode == request.Programme, cancellationToken);
        if (order is null)
        {
            db.HostOrders.Add(HostOrder.Set(request.Programme, request.Order!, members, caller.Name ?? "unknown", time.GetUtcNow()));
        }
        else
        {
            order.Change(request.Order!, members, caller.Name ?? "unknown", time.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return await HostOrders.ReadAsync(db, request.Programme, members, cancellationToken);
    }
}

public sealed class GetHostOrderQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<GetHostOrderQuery, HostOrderDto>
{
    public async Task<HostOrderDto> Handle(GetHostOrderQuery request, CancellationToken cancellationToken)
    {
        var members = await MeetingAccess.MembersAsync(db, request.Programme, cancellationToken);
        var cities = caller.SeesAllTasks || caller.Kind == CallerKind.System ? members : members.Intersect(caller.Jurisdictions).ToList();
        if (members.Count == 0 || cities.Count == 0 || !await db.Programmes.VisibleTo(caller).AnyAsync(p => p.Code == request.Programme, cancellationToken))
        {
            throw new NotFoundException("programme", request.Programme);
        }

        return await HostOrders.ReadAsync(db, request.Programme, members, cancellationToken);
    }
}

internal static class HostOrders
{
    public static async Task<HostOrderDto> ReadAsync(IAppDbContext db, string programme, IReadOnlyList<string> members, CancellationToken cancellationToken)
    {
        var configured = await db.HostOrders.AsNoTracking().SingleOrDefaultAsync(o => o.ProgrammeCode == programme, cancellationToken);
        var order = configured?.Cities ?? members;
        var last = await db.Meetings.AsNoTracking().Where(m => m.ProgrammeCode == programme && m.Kind == MeetingKind.Plenary)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.CreatedAt).Select(m => m.Host).FirstOrDefaultAsync(cancellationToken);
        return new HostOrderDto(programme, order, HostOrder.Next(order, last), configured is not null);
    }
}

public sealed class CallMeetingCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, MeetingReader reader) : IRequestHandler<CallMeetingCommand, MeetingDto>
{
    public async Task<MeetingDto> Handle(CallMeetingCommand request, CancellationToken cancellationToken)
    {
        var programme = request.Programme!;
        await caller.EnsureRunsAsync(db, programme, cancellationToken);
        var members = await MeetingAccess.MembersAsync(db, programme, cancellationToken);
        var now = time.GetUtcNow();
        var by = caller.Name ?? "unknown";
        if (request.TaskForce is { } code)
        {
            return await reader.ReadAsync(await CallTaskForceAsync(request, code, members, by, now, cancellationToken), cancellationToken);
        }

        var kind = EnumText.TryParse<MeetingKind>(request.Kind, out var parsed) ? parsed : MeetingKind.Plenary;
        var host = request.Host ?? (await HostOrders.ReadAsync(db, programme, members, cancellationToken)).NextHost;
        var meeting = Meeting.Call(programme, members, kind, request.Title!, request.Date!.Value, request.Place!, host, by, now);

        // The chase's joint-meeting rung: each task of the programme with a notice escalated there and still open.
        var escalated = await db.Notices.AsNoTracking()
            .Where(n => n.Level == LadderLevel.JointMeeting && n.AcknowledgedAt == null)
            .Join(db.Tasks.Where(t => t.ProgrammeCode == programme && t.Status == CoordinatedTaskStatus.Active), n => n.TaskId, t => t.Id, (n, t) => new { t.Key, t.TitleZh, n.JurisdictionCode, n.Number })
            .ToListAsync(cancellationToken);
        foreach (var notice in escalated.GroupBy(e => e.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            meeting.Propose(
                $"{notice.Key} {notice.First().TitleZh}：催办升级至联席会议（{string.Join("、", notice.Select(n => n.Number ?? n.JurisdictionCode).Distinct())}）",
                AgendaSource.Chase, notice.Key, notice.First().JurisdictionCode, by, now);
        }

        // The issues the cities put to the joint office (or, through it, to an organisation above them) still unanswered.
        var issues = await db.Issues.AsNoTracking()
            .Where(i => i.Status == IssueStatus.Open && (i.AddresseeKind == IssueAddressee.JointOffice || i.AddresseeKind == IssueAddressee.Organisation))
            .Join(db.Tasks.Where(t => t.ProgrammeCode == programme && t.Status == CoordinatedTaskStatus.Active), i => i.TaskId, t => t.Id,
                (i, t) => new { t.Key, t.TitleZh, i.Subject, i.RaisedBy, i.CreatedAt })
            .ToListAsync(cancellationToken);
        foreach (var issue in issues.OrderBy(i => i.Key, StringComparer.Ordinal).ThenBy(i => i.CreatedAt))
        {
            meeting.Propose($"{issue.Key} {issue.TitleZh}：提请协调“{issue.Subject}”", AgendaSource.Issue, issue.Key, issue.RaisedBy, by, now);
        }

        // The cities' proposals waiting for the joint office's decision.
        var proposals = await db.Tasks.AsNoTracking().Where(t => t.ProgrammeCode == programme && t.Status == CoordinatedTaskStatus.Draft)
            .OrderBy(t => t.Key).Select(t => new { t.Key, t.TitleZh, City = t.Parties.Select(p => p.JurisdictionCode).FirstOrDefault() }).ToListAsync(cancellationToken);
        foreach (var proposal in proposals)
        {
            meeting.Propose($"{proposal.Key} {proposal.TitleZh}：城市提议，待审议", AgendaSource.Proposal, proposal.Key, proposal.City, by, now);
        }

        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ReadAsync(meeting, cancellationToken);
    }

    /// <summary>
    /// 会商: a topic meeting of the task force's programme, hosted by default by its lead unit's city; its agenda starts
    /// with each task it holds whose 催办 reached the task force's rung and is not yet signed for.
    /// </summary>
    private async Task<Meeting> CallTaskForceAsync(
        CallMeetingCommand request, string code, IReadOnlyList<string> members, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var force = await db.TaskForces.AsNoTracking().Where(f => f.Code == code)
            .Select(f => new { f.Id, f.ProgrammeCode, LeadCity = db.Departments.Where(d => d.Id == f.LeadUnitId).Select(d => d.JurisdictionCode).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("task_force", code);
        if (force.ProgrammeCode != request.Programme)
        {
            throw new DomainRuleException("meeting.task_force", Localized.Text(
                $"专班 {code} 属于规划 {force.ProgrammeCode}，不属于 {request.Programme}。", $"Task force {code} is of programme {force.ProgrammeCode}, not {request.Programme}."));
        }

        var kind = EnumText.TryParse<MeetingKind>(request.Kind, out var parsed) ? parsed : MeetingKind.Topic;
        var meeting = Meeting.Call(
            force.ProgrammeCode, members, kind, request.Title!, request.Date!.Value, request.Place!, request.Host ?? force.LeadCity ?? members[0], by, now, force.Id);
        var escalated = await db.Notices.AsNoTracking()
            .Where(n => n.Level == LadderLevel.TaskForce && n.AcknowledgedAt == null && db.TaskForceTasks.Any(l => l.TaskForceId == force.Id && l.TaskId == n.TaskId))
            .Join(db.Tasks.Where(t => t.Status == CoordinatedTaskStatus.Active), n => n.TaskId, t => t.Id, (n, t) => new { t.Key, t.TitleZh, n.JurisdictionCode, n.Number })
            .ToListAsync(cancellationToken);
        foreach (var notice in escalated.GroupBy(e => e.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            meeting.Propose(
                $"{notice.Key} {notice.First().TitleZh}：催办升级至专班（{string.Join("、", notice.Select(n => n.Number ?? n.JurisdictionCode).Distinct())}）",
                AgendaSource.Chase, notice.Key, notice.First().JurisdictionCode, by, now);
        }

        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }
}

public sealed class ListMeetingsQueryHandler(IAppDbContext db, MeetingReader reader) : IRequestHandler<ListMeetingsQuery, CursorPage<MeetingDto>>
{
    public async Task<CursorPage<MeetingDto>> Handle(ListMeetingsQuery request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? Cursor.DefaultLimit;
        var query = db.Meetings.AsNoTracking();
        if (request.Programme is { } programme)
        {
            query = query.Where(m => m.ProgrammeCode == programme);
        }

        if (request.TaskForce is { } code)
        {
            query = query.Where(m => db.TaskForces.Any(f => f.Code == code && (Guid?)f.Id == m.TaskForceId));
        }

        if (request.Year is { } year)
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(m => m.Date >= first && m.Date <= last);
        }

        var all = await query.Include(m => m.Agenda).Include(m => m.Attendees).Include(m => m.Decisions).AsSplitQuery()
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).ToListAsync(cancellationToken);

        // Newest first; the cursor is the last shown meeting's id (meetings are few: a handful a year per programme).
        var start = Cursor.TryDecode(request.Cursor, out var after) ? all.FindIndex(m => m.Id.ToString() == after) + 1 : 0;
        var page = all.Skip(start).Take(limit).ToList();
        var items = new List<MeetingDto>();
        foreach (var meeting in page)
        {
            items.Add(await reader.ReadAsync(meeting, cancellationToken));
        }

        return new CursorPage<MeetingDto>(items, start + limit < all.Count ? Cursor.Encode(page[^1].Id.ToString()) : null);
    }
}

public sealed class GetMeetingQueryHandler(IAppDbContext db, MeetingReader reader) : IRequestHandler<GetMeetingQuery, MeetingDto>
{
    public async Task<MeetingDto> Handle(GetMeetingQuery request, CancellationToken cancellationToken) =>
        await reader.ReadAsync(await MeetingAccess.LoadAsync(db, request.Id, cancellationToken), cancellationToken);
}

public sealed class AddAgendaItemCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, MeetingReader reader) : IRequestHandler<AddAgendaItemCommand, MeetingDto>
{
    public async Task<MeetingDto> Handle(AddAgendaItemCommand request, CancellationToken cancellationToken)
    {
        var meeting = await MeetingAccess.LoadAsync(db, request.Id, cancellationToken);
        if (request.TaskKey is { } key && !await db.Tasks.AnyAsync(t => t.Key == key && t.ProgrammeCode == meeting.ProgrammeCode, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("task_key", Localized.Text($"该规划中没有你可见的任务“{key}”。", $"The programme has no task '{key}' that you see."))]);
        }

        var city = caller.Roles.HasFlag(UserRoles.JointOfficeCoordinator) ? null : (caller.Jurisdictions.Count > 0 ? caller.Jurisdictions[0] : null);
        meeting.Propose(request.Title!, AgendaSource.Submitted, request.TaskKey, city, caller.Name ?? "unknown", time.GetUtcNow());
        await MeetingAccess.SaveAsync(db, cancellationToken);
        return await reader.ReadAsync(meeting, cancellationToken);
    }
}

public sealed class WithdrawAgendaItemCommandHandler(IAppDbContext db, ICurrentUser caller, MeetingReader reader) : IRequestHandler<WithdrawAgendaItemCommand, MeetingDto>
{
    public async Task<MeetingDto> Handle(WithdrawAgendaItemCommand request, CancellationToken cancellationToken)
    {
        var meeting = await MeetingAccess.LoadAsync(db, request.Id, cancellationToken);
        MeetingAccess.EnsureRevision(meeting, request.ExpectedRevision);
        var item = meeting.AgendaAt(request.Position);
        if (caller.Roles.HasFlag(UserRoles.JointOfficeCoordinator))
        {
            await caller.EnsureRunsAsync(db, meeting.ProgrammeCode, cancellationToken);
        }
        else if (item.Source != AgendaSource.Submitted || item.Jurisdiction is null || !caller.Jurisdictions.Contains(item.Jurisdiction))
        {
            throw new ForbiddenAccessException(Localized.Text("只能撤回本地区提交的议题。", "A city withdraws only the items it put forward."));
        }

        meeting.Withdraw(request.Position);
        await MeetingAccess.SaveAsync(db, cancellationToken);
        return await reader.ReadAsync(meeting, cancellationToken);
    }
}

public sealed class MoveAgendaItemCommandHandler(IAppDbContext db, ICurrentUser caller, MeetingReader reader) : IRequestHandler<MoveAgendaItemCommand, MeetingDto>
{
    public async Task<MeetingDto> Handle(MoveAgendaItemCommand request, CancellationToken cancellationToken)
    {
        var meeting = await MeetingAccess.LoadAsync(db, request.Id, cancellationToken);
        await caller.EnsureRunsAsync(db, meeting.ProgrammeCode, cancellationToken);
        MeetingAccess.EnsureRevision(meeting, request.ExpectedRevision);
        meeting.Move(request.Position, request.To!.Value);
        await MeetingAccess.SaveAsync(db, cancellationToken);
        return await reader.ReadAsync(meeting, cancellationToken);
    }
}

public sealed class AddAttendeeCommandHandler(IAppDbContext db, ICurrentUser caller, MeetingReader reader) : IRequestHandler<AddAttendeeCommand, MeetingDto>
{
    public async Task<MeetingDto> Handle(AddAttendeeCommand request, CancellationToken cancellationToken)
    {
        var meeting = await MeetingAccess.LoadAsync(db, request.Id, cancellationToken);
        var office = caller.Roles.HasFlag(UserRoles.JointOfficeCoordinator);
        var city = request.Jurisdiction ?? (office ? null : (caller.Jurisdictions.Count > 0 ? caller.Jurisdictions[0] : null))
            ?? throw new ValidationException([new ValidationFailure("jurisdiction", Localized.Text("请指明哪个地区的参会人员。", "Say which city the attendee is from."))]);
        if (!office && !caller.Jurisdictions.Contains(city))
        {
            throw new ForbiddenAccessException(Localized.Text("只能报送本地区的参会人员。", "You name your own city's attendees."));
        }

        if (!(await MeetingAccess.MembersAsync(db, meeting.ProgrammeCode, cancellationToken)).Contains(city))
        {
            throw new ValidationException([new ValidationFailure("jurisdiction", Localized.Text($"{city} 不是该规划的成员地区。", $"{city} is not a member of the programme."))]);
        }

        meeting.Attend(city, request.Name!, request.Post);
        await MeetingAccess.SaveAsync(db, cancellationToken);
        return await reader.ReadAsync(meeting, cancellationToken);
    }
}

public sealed class RecordMinutesCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, MeetingReader reader) : IRequestHandler<RecordMinutesCommand, MeetingDto>
{
    public async Task<MeetingDto> Handle(RecordMinutesCommand request, CancellationToken cancellationToken)
    {
        var meeting = await MeetingAccess.LoadAsync(db, request.Id, cancellationToken);
        await caller.EnsureRunsAsync(db, meeting.ProgrammeCode, cancellationToken);
        MeetingAccess.EnsureRevision(meeting, request.ExpectedRevision);

        if (meeting.Date > ShanghaiClock.Today(time))
        {
            throw new DomainRuleException("meeting.not_yet", Localized.Text("会议尚未召开，不能记录纪要。", "The meeting has not been held yet."));
        }

        meeting.RecordMinutes(request.Minutes!, caller.Name ?? "unknown", time.GetUtcNow());
        await MeetingAccess.SaveAsync(db, cancellationToken);
        return await reader.ReadAsync(meeting, cancellationToken);
    }
}

public sealed class DecideCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, IMediator mediator, MeetingReader reader) : IRequestHandler<DecideCommand, MeetingDto>
{
    public async Task<MeetingDto> Handle(DecideCommand request, CancellationToken cancellationToken)
    {
        var meeting = await MeetingAccess.LoadAsync(db, request.Id, cancellationToken);
        await caller.EnsureRunsAsync(db, meeting.ProgrammeCode, cancellationToken);
        if (meeting.Status != MeetingStatus.Held)
        {
            throw new DomainRuleException("meeting.not_held", Localized.Text("先记录会议纪要，再登记议定事项。", "Record the minutes before the decisions."));
        }

        // The task (or milestone) and the decision that names it commit together: no task without its decision.
        await db.InOneTransactionAsync(() => DecideAsync(meeting, request, cancellationToken), cancellationToken);
        return await reader.ReadAsync(meeting, cancellationToken);
    }

    private async Task<bool> DecideAsync(Meeting meeting, DecideCommand request, CancellationToken cancellationToken)
    {
        var due = request.DueDate!.Value;
        var title = $"{meeting.Title}议定：{request.Text}";
        TaskDetailDto task;
        if (request.TaskKey is { } key)
        {
            // A milestone on a task of the programme, due on the decided date, owned by the cities named.
            var current = await mediator.Send(new GetTaskQuery(key), cancellationToken);
            if (current.Programme != meeting.ProgrammeCode)
            {
                throw new ValidationException([new ValidationFailure("task_key", Localized.Text("议定事项只能落到本规划的任务上。", "A decision lands on a task of the meeting's programme."))]);
            }

            task = await mediator.Send(new EditMilestoneCommand(key, current.Version, EditAction.Add, null, Truncate(title, 200), null, due, "day", request.Owners), cancellationToken);
        }
        else
        {
            task = await mediator.Send(new CreateTaskCommand(
                request.NewTaskKey, ListTypeCodes.JointKeyTask, meeting.ProgrammeCode, request.Category, request.TitleZh, request.TitleEn, null,
                new PeriodInput(due.Year.ToString(CultureInfo.InvariantCulture), due.Year, due.Year), request.Text, null, null,
                $"{meeting.Title}（{meeting.Date:yyyy-MM-dd}）议定事项", request.Parties,
                null, [new MilestoneInput(Truncate(title, 200), null, due, "day", request.Owners)]), cancellationToken);
        }

        var milestone = task.Milestones.Where(m => m.Title == Truncate(title, 200) && m.DueDate == due).Select(m => (Guid?)m.Id).LastOrDefault();
        meeting.Decide(request.Text!, task.Key, milestone, due, caller.Name ?? "unknown", time.GetUtcNow());
        await MeetingAccess.SaveAsync(db, cancellationToken);
        return true;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
