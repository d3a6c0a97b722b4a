using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.CreateTask;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Meetings;
using CrossRegion.Domain.Tasks;
using MediatR;

namespace CrossRegion.Application.Meetings;

/// <summary>The order in which the programme's cities host its plenary meetings (whoever runs the programme).</summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator)]
public sealed record SetHostOrderCommand(string Programme, IReadOnlyList<string>? Order) : IRequest<HostOrderDto>;

/// <summary>A programme's hosting order and the next host it proposes (its members' order until one is set).</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetHostOrderQuery(string Programme) : IRequest<HostOrderDto>;

/// <summary>
/// The joint office calls a meeting of a programme it runs: the host defaults to the one the order proposes; the agenda
/// starts with the 催办 escalated to the joint-meeting rung and the cities' proposals waiting for a decision. With
/// <paramref name="TaskForce"/>, a task force's 会商: a topic meeting of its programme, hosted by default by its lead
/// unit's city, its agenda started from the 催办 escalated to the task force's rung for the tasks it holds.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator)]
public sealed record CallMeetingCommand(string? Programme, string? Kind, string? Title, DateOnly? Date, string? Place, string? Host, string? TaskForce = null)
    : IRequest<MeetingDto>;

/// <summary>The meetings of the programmes the caller's cities belong to (the joint office: the programmes it runs).</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListMeetingsQuery(string? Programme = null, int? Year = null, int? Limit = null, string? Cursor = null, string? TaskForce = null)
    : IRequest<CursorPage<MeetingDto>>;

[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetMeetingQuery(Guid Id) : IRequest<MeetingDto>;

/// <summary>A member city's coordinator (or the joint office) puts an item on the agenda, about a task it sees or not.</summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record AddAgendaItemCommand(Guid Id, string? Title, string? TaskKey) : IRequest<MeetingDto>;

/// <summary>
/// Takes an item off the agenda before the meeting: the joint office any, a city's coordinator an item its city put
/// forward. <see cref="ExpectedRevision"/> (If-Match) guards against a position that has since moved.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record WithdrawAgendaItemCommand(Guid Id, int Position, int? ExpectedRevision) : IRequest<MeetingDto>;

/// <summary>The joint office puts an agenda item in another place (1 = first) before the meeting.</summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator)]
public sealed record MoveAgendaItemCommand(Guid Id, int Position, int? To, int? ExpectedRevision) : IRequest<MeetingDto>;

/// <summary>A city's coordinator names its attendees (the joint office any city's).</summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record AddAttendeeCommand(Guid Id, string? Jurisdiction, string? Name, string? Post) : IRequest<MeetingDto>;

/// <summary>The joint office records the minutes (纪要): the meeting is held.</summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator)]
public sealed record RecordMinutesCommand(Guid Id, string? Minutes, int? ExpectedRevision) : IRequest<MeetingDto>;

/// <summary>
/// 议定事项: the joint office records a decision of a held meeting, which becomes a new task of the programme (with its
/// parties, units and a milestone due on the decided date) or a milestone on an existing task; chased like any other.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator)]
public sealed record DecideCommand(
    Guid Id, string? Text, DateOnly? DueDate, IReadOnlyList<string>? Owners, string? TaskKey, string? NewTaskKey, string? Category, string? TitleZh, string? TitleEn,
    IReadOnlyList<PartyInput>? Parties) : IRequest<MeetingDto>;

public sealed record HostOrderDto(string Programme, IReadOnlyList<string> Order, string NextHost, bool Configured);

/// <param name="Minutes">The 纪要, to the joint office and the cities that attended (null to others, and before it is recorded).</param>
/// <param name="Decisions">The decisions the caller sees (those whose task it sees), each with its task's state.</param>
public sealed record MeetingDto(
    Guid Id, string Programme, MeetingKind Kind, string Title, DateOnly Date, string Place, string Host, MeetingStatus Status, int Revision,
    IReadOnlyList<AgendaItemDto> Agenda, IReadOnlyList<AttendeeDto> Attendees, string? Minutes, DateTimeOffset? MinutesAt, IReadOnlyList<DecisionDto> Decisions)
{
    /// <summary>For a task force's 会商: its code.</summary>
    public string? TaskForce { get; init; }
}

public sealed record AgendaItemDto(int Position, string Title, AgendaSource Source, string? TaskKey, string? Jurisdiction, string By);

public sealed record AttendeeDto(string Jurisdiction, string Name, string? Post);

/// <param name="Light">The decided milestone's light (done once completed), as on the ledger.</param>
public sealed record DecisionDto(int Position, string Text, string TaskKey, Guid? MilestoneId, DateOnly DueDate, CoordinatedTaskStatus TaskStatus, MilestoneStatus? MilestoneStatus, StatusLight Light);
