using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Asks;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Asks;

/// <summary>
/// 争取 / 报批 on a task: drafted by a party of the task for itself and the cities submitting with it (联合报批), or by
/// whoever runs the programme; addressed to one or more organisations above the cities (the catalogue's).
/// </summary>
[Authorize(Roles = UserRoles.DepartmentOfficer | UserRoles.CityCoordinator | UserRoles.JointOfficeCoordinator)]
public sealed record DraftAskCommand(
    string Key, string? Kind, string? Subject, IReadOnlyList<string>? Addressees, IReadOnlyList<string>? Submitters, Guid? MilestoneId, DateOnly? FollowUpOn)
    : IRequest<AskDto>;

/// <summary>A task's asks, oldest first (whoever sees the task).</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListTaskAsksQuery(string Key) : IRequest<IReadOnlyList<AskDto>>;

/// <summary>
/// Every ask the caller sees (through its task), newest first, filtered by submitting city, state, addressee, or
/// overdue (submitted or accepted, follow-up day passed); cursor-paged.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListAsksQuery(string? City = null, string? State = null, string? Addressee = null, bool? Overdue = null, int? Limit = null, string? Cursor = null)
    : IRequest<CursorPage<AskDto>>;

[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetAskQuery(Guid Id) : IRequest<AskDto>;

/// <summary>
/// A change of state by a submitting city's party (its coordinator or a responsible unit) or whoever runs the
/// programme: <c>submit</c> (on, reference, follow-up), <c>answer</c> (outcome accepted / included / approved / refused,
/// on, reference, document, reason), <c>withdraw</c> (reason) or <c>follow_up</c> (a new day). If-Match: the revision read.
/// </summary>
/// <param name="SignOffMilestone">
/// With a won answer (included / approved) of an ask made for a milestone: the approval completes the submitting cities'
/// parts of that milestone (会签 with the answering document as evidence), in the same transaction.
/// </param>
[Authorize(Roles = UserRoles.DepartmentOfficer | UserRoles.CityCoordinator | UserRoles.JointOfficeCoordinator)]
public sealed record ChangeAskCommand(
    Guid Id, string? Action, DateOnly? On, string? Reference, string? Outcome, string? Document, string? Reason, DateOnly? FollowUpOn, int? ExpectedRevision,
    bool SignOffMilestone = false)
    : IRequest<AskDto>;

/// <param name="Overdue">Submitted or accepted and its follow-up day has passed (Beijing date).</param>
public sealed record AskDto(
    Guid Id, string TaskKey, Guid? MilestoneId, AskKind Kind, string Subject, IReadOnlyList<AskAddresseeDto> Addressees, IReadOnlyList<string> Submitters,
    AskStatus Status, DateOnly? SubmittedOn, string? SubmittedReference, DateOnly? AnsweredOn, string? AnswerReference, string? AnswerDocument, string? Reason,
    DateOnly? FollowUpOn, bool Overdue, string CreatedBy, DateTimeOffset CreatedAt, int Revision);

public sealed record AskAddresseeDto(string Code, string NameZh, string NameEn);
