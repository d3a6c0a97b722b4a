using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Issues;
using MediatR;

namespace CrossRegion.Application.Issues;

/// <summary>
/// 问题协调: a party of the task (its coordinator or a responsible unit) raises what blocks it, addressed to a unit of a
/// party (<c>unit</c>), a task force led by a party's unit (<c>task_force</c>), the joint office running the programme
/// (<c>joint_office</c>, no code) or an organisation the task names (<c>organisation</c>), with a reply-by day.
/// </summary>
[Authorize(Roles = UserRoles.DepartmentOfficer | UserRoles.DepartmentHead | UserRoles.CityCoordinator)]
public sealed record RaiseIssueCommand(
    string Key, string? Subject, string? HelpNeeded, string? AddresseeKind, string? Addressee, DateOnly? ReplyBy, Guid? MilestoneId, FactorInput? Factor = null)
    : IRequest<IssueDto>;

/// <summary>A 要素 request's need: kind (land_quota, energy_gas, energy_power, funds, environmental_capacity, other), amount, unit.</summary>
public sealed record FactorInput(string? Kind, decimal? Amount, string? Unit);

/// <summary>What the answer to a 要素 request grants: outcome (granted, partly_granted, refused), amount (partly: required), document.</summary>
public sealed record GrantInput(string? Outcome, decimal? Amount, string? Document);

/// <summary>A task's issues, oldest first (whoever sees the task).</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListTaskIssuesQuery(string Key) : IRequest<IReadOnlyList<IssueDto>>;

/// <summary>
/// Every issue the caller sees (through its task), newest first, filtered by the raising city, state, addressee (a
/// code, or <c>joint_office</c>), or overdue (open past its reply-by day); cursor-paged.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListIssuesQuery(
    string? City = null, string? State = null, string? Addressee = null, bool? Overdue = null, int? Limit = null, string? Cursor = null, string? Factor = null)
    : IRequest<CursorPage<IssueDto>>;

[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetIssueQuery(Guid Id) : IRequest<IssueDto>;

/// <summary>
/// <c>answer</c> (answer) by the addressee — the unit's people or its city's coordinator; the task force's lead unit's
/// people or its city's coordinator; the joint office (which also records an organisation's answer) — or whoever runs
/// the programme; <c>close</c>, <c>reopen</c> (reason, reply_by) and <c>withdraw</c> (reason) by the raising party.
/// If-Match: the revision read.
/// </summary>
[Authorize(Roles = UserRoles.DepartmentOfficer | UserRoles.DepartmentHead | UserRoles.CityCoordinator | UserRoles.JointOfficeCoordinator)]
public sealed record ChangeIssueCommand(Guid Id, string? Action, string? Answer, string? Reason, DateOnly? ReplyBy, int? ExpectedRevision, GrantInput? Grant = null)
    : IRequest<IssueDto>;

/// <param name="Overdue">Open (unanswered) and its reply-by day has passed (Beijing date).</param>
public sealed record IssueDto(
    Guid Id, string TaskKey, Guid? MilestoneId, string RaisedBy, string Subject, string HelpNeeded, IssueAddresseeDto Addressee, DateOnly ReplyBy,
    IssueStatus Status, string? Answer, string? AnsweredBy, DateOnly? AnsweredOn, DateOnly? ClosedOn, string? Reason, int Reopened, bool Overdue,
    string CreatedBy, DateTimeOffset CreatedAt, int Revision)
{
    /// <summary>For a 要素 request: what it asks for and what was granted; null for any other issue.</summary>
    public FactorDto? Factor { get; init; }
}

/// <param name="Outcome">Granted, partly granted or refused, once answered.</param>
/// <param name="GrantedAmount">How much was granted, in the same unit.</param>
public sealed record FactorDto(FactorKind Kind, decimal Amount, string Unit, FactorOutcome? Outcome, decimal? GrantedAmount, string? Document);

/// <param name="Jurisdiction">The city answering for it (a unit's; a task force's lead unit's); none for the joint office and an organisation.</param>
public sealed record IssueAddresseeDto(IssueAddressee Kind, string? Code, string NameZh, string NameEn, string? Jurisdiction);
