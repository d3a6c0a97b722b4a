using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Meetings;

public enum MeetingKind
{
    /// <summary>党政联席会议: the programme's plenary joint meeting.</summary>
    Plenary = 1,

    /// <summary>专题会: a topic meeting beside the plenary.</summary>
    Topic = 2,
}

public enum MeetingStatus
{
    /// <summary>Called: agenda and attendees are being prepared.</summary>
    Planned = 1,

    /// <summary>Held: its minutes (纪要) are recorded.</summary>
    Held = 2,
}

/// <summary>
/// 联席会议 of a programme (万达开, 万开云 …): when and where, the convening city, the agenda (from the chase's
/// joint-meeting rung, the cities' pending proposals and what cities put forward), the attendees per city, the minutes,
/// and the decisions (议定事项), each of which becomes a task or a milestone on one and is chased like any other.
/// </summary>
public sealed class Meeting
{
    private readonly List<MeetingAttendee> _attendees = [];
    private readonly List<MeetingAgendaItem> _agenda = [];
    private readonly List<MeetingDecision> _decisions = [];

    private Meeting()
    {
        ProgrammeCode = Title = Place = Host = CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public string ProgrammeCode { get; private set; }
    public MeetingKind Kind { get; private set; }

    /// <summary>For a task force's 会商: the task force (a topic meeting of its programme).</summary>
    public Guid? TaskForceId { get; private set; }
    public string Title { get; private set; }
    public DateOnly Date { get; private set; }
    public string Place { get; private set; }

    /// <summary>The convening city.</summary>
    public string Host { get; private set; }

    public MeetingStatus Status { get; private set; }
    public string? Minutes { get; private set; }
    public string? MinutesBy { get; private set; }
    public DateTimeOffset? MinutesAt { get; private set; }
    public string CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>One more for every change: the meeting's ETag and concurrency token.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<MeetingAttendee> Attendees => _attendees;
    public IReadOnlyList<MeetingAgendaItem> Agenda => _agenda;
    public IReadOnlyList<MeetingDecision> Decisions => _decisions;

    public static Meeting Call(
        string programme, IReadOnlyCollection<string> members, MeetingKind kind, string title, DateOnly date, string place, string host, string by, DateTimeOffset at,
        Guid? taskForce = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (!members.Contains(host))
        {
            throw new DomainRuleException("meeting.host", $"{host} 不是该规划的成员地区，不能承办。", $"{host} is not a member of the programme and cannot host.");
        }

        if (taskForce is not null && kind != MeetingKind.Topic)
        {
            throw new DomainRuleException("meeting.task_force", "专班会商是专题会（topic），不是联席会议。", "A task force's consultation is a topic meeting, not a plenary.");
        }

        return new Meeting
        {
            Id = Guid.CreateVersion7(),
            ProgrammeCode = Guard.Text(programme, "programme", 16),
            Kind = kind,
            TaskForceId = taskForce,
            Title = Guard.Text(title, "title", 200),
            Date = date,
            Place = Guard.Text(place, "place", 200),
            Host = host,
            Status = MeetingStatus.Planned,
            CreatedBy = Guard.Text(by, "by", 128),
            CreatedAt = at,
            Revision = 1,
        };
    }

    public MeetingAgendaItem Propose(string title, AgendaSource source, string? taskKey, string? jurisdiction, string by, DateTimeOffset at)
    {
        EnsurePlanned();
        if (taskKey is not null && _agenda.Any(a => a.TaskKey == taskKey && a.Source == source && a.Title == title))
        {
            throw new DomainRuleException("meeting.agenda_duplicate", "议程中已有该事项。", "The agenda has this item already.");
        }

        var item = MeetingAgendaItem.Create(Id, _agenda.Count + 1, title, source, taskKey, jurisdiction, by, at);
        _agenda.Add(item);
        Revision++;
        return item;
    }

    /// <summary>Takes an item off the agenda before the meeting; the items after it move up.</summary>
    public MeetingAgendaItem Withdraw(int position)
    {
        EnsurePlanned();
        var item = AgendaAt(position);
        _agenda.Remove(item);
        Number(_agenda.OrderBy(a => a.Position));
        Revision++;
        return item;
    }

    /// <summary>Moves an item to another place in the agenda before the meeting.</summary>
    public void Move(int position, int to)
    {
        EnsurePlanned();
        var item = AgendaAt(position);
        if (to < 1 || to > _agenda.Count)
        {
            throw new DomainRuleException("meeting.agenda_position", $"议程共 {_agenda.Count} 项，位置须在 1 到 {_agenda.Count} 之间。", $"The agenda has {_agenda.Count} items; the place is 1 to {_agenda.Count}.");
        }

        var ordered = _agenda.Where(a => a != item).OrderBy(a => a.Position).ToList();
        ordered.Insert(to - 1, item);
        Number(ordered);
        Revision++;
    }

    /// <summary>The item at a place in the agenda (as the meeting lists it).</summary>
    public MeetingAgendaItem AgendaAt(int position) =>
        _agenda.SingleOrDefault(a => a.Position == position)
        ?? throw new DomainRuleException("meeting.agenda_position", $"议程中没有第 {position} 项。", $"The agenda has no item {position}.");

    private static void Number(IEnumerable<MeetingAgendaItem> items)
    {
        var position = 0;
        foreach (var item in items)
        {
            item.MoveTo(++position);
        }
    }

    public MeetingAttendee Attend(string jurisdiction, string name, string? post)
    {
        var attendee = MeetingAttendee.Create(Id, jurisdiction, name, post);
        _attendees.Add(attendee);
        Revision++;
        return attendee;
    }

    public void RecordMinutes(string minutes, string by, DateTimeOffset at)
    {
        (Minutes, MinutesBy, MinutesAt, Status) = (Guard.Text(minutes, "minutes", 20000), Guard.Text(by, "by", 128), at, MeetingStatus.Held);
        Revision++;
    }

    /// <summary>议定事项: recorded with the task (and milestone) it became.</summary>
    public MeetingDecision Decide(string text, string taskKey, Guid? milestoneId, DateOnly dueDate, string by, DateTimeOffset at)
    {
        var decision = MeetingDecision.Create(Id, _decisions.Count + 1, text, taskKey, milestoneId, dueDate, by, at);
        _decisions.Add(decision);
        Revision++;
        return decision;
    }

    private void EnsurePlanned()
    {
        if (Status != MeetingStatus.Planned)
        {
            throw new DomainRuleException("meeting.held", "会议已召开，议程不再变动。", "The meeting has been held; its agenda no longer changes.");
        }
    }
}

public enum AgendaSource
{
    /// <summary>A 催办 escalated to the joint-meeting rung of the chase.</summary>
    Chase = 1,

    /// <summary>A city's proposal of a task waiting for the joint office.</summary>
    Proposal = 2,

    /// <summary>Put forward by a city or the joint office.</summary>
    Submitted = 3,

    /// <summary>An issue a city put to the joint office (or an organisation above it) still unanswered (问题协调).</summary>
    Issue = 4,
}

public sealed class MeetingAgendaItem
{
    private MeetingAgendaItem()
    {
        Title = By = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public int Position { get; private set; }
    public string Title { get; private set; }
    public AgendaSource Source { get; private set; }
    public string? TaskKey { get; private set; }

    /// <summary>The city that put it forward (or whose notice or proposal it is).</summary>
    public string? Jurisdiction { get; private set; }

    public string By { get; private set; }
    public DateTimeOffset At { get; private set; }

    internal void MoveTo(int position) => Position = position;

    internal static MeetingAgendaItem Create(Guid meetingId, int position, string title, AgendaSource source, string? taskKey, string? jurisdiction, string by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        MeetingId = meetingId,
        Position = position,
        Title = Guard.Text(title, "title", 300),
        Source = source,
        TaskKey = taskKey,
        Jurisdiction = jurisdiction,
        By = Guard.Text(by, "by", 128),
        At = at,
    };
}

public sealed class MeetingAttendee
{
    private MeetingAttendee()
    {
        Jurisdiction = Name = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public string Jurisdiction { get; private set; }
    public string Name { get; private set; }
    public string? Post { get; private set; }

    internal static MeetingAttendee Create(Guid meetingId, string jurisdiction, string name, string? post) => new()
    {
        Id = Guid.CreateVersion7(),
        MeetingId = meetingId,
        Jurisdiction = Guard.Text(jurisdiction, "jurisdiction", 8),
        Name = Guard.Text(name, "name", 64),
        Post = Guard.OptionalText(post, "post", 128),
    };
}

public sealed class MeetingDecision
{
    private MeetingDecision()
    {
        Text = TaskKey = By = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid MeetingId { get; private set; }
    public int Position { get; private set; }
    public string Text { get; private set; }

    /// <summary>The task it became, or the task it added a milestone to.</summary>
    public string TaskKey { get; private set; }

    public Guid? MilestoneId { get; private set; }
    public DateOnly DueDate { get; private set; }
    public string By { get; private set; }
    public DateTimeOffset At { get; private set; }

    internal static MeetingDecision Create(Guid meetingId, int position, string text, string taskKey, Guid? milestoneId, DateOnly dueDate, string by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        MeetingId = meetingId,
        Position = position,
        Text = Guard.Text(text, "text", 1000),
        TaskKey = taskKey,
        MilestoneId = milestoneId,
        DueDate = dueDate,
        By = Guard.Text(by, "by", 128),
        At = at,
    };
}
