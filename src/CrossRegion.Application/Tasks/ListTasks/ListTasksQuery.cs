using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Tasks.ListTasks;

/// <summary>
/// The ledger (动态台账) the caller may see. Without <see cref="Status"/>, drafts and archived tasks are left out.
/// <see cref="Role"/> combines with <see cref="Jurisdiction"/> into one party when both are given. <see cref="OverdueFor"/>
/// keeps the tasks on which that city's own part of a milestone is past due and not signed (the dashboard's numbers).
/// Without <see cref="Programme"/> or <see cref="ListType"/> the ledger is the joint programmes' (as before the five
/// lists); a list type, or a city's own programme, is asked for by name. <see cref="Fields"/> filter by the list type's
/// own columns: <c>construction_batch</c> = a choice's code, <c>total_investment.gte</c> / <c>.lte</c> = a range.
/// <see cref="ContributesTo"/> lists the cities' own items linked to a joint task (those the caller sees).
/// <see cref="AllProgrammes"/> widens the default to every programme the caller sees, a city's own included (the lists
/// behind a city's own dashboard). <see cref="TaskForce"/> keeps the tasks a task force (专班) holds, in every programme.
/// <see cref="OpenIssues"/> keeps the tasks with (true) or without (false) an issue awaiting its answer.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListTasksQuery(
    string? Programme = null,
    string? Category = null,
    string? Jurisdiction = null,
    string? Role = null,
    string? Status = null,
    int? Year = null,
    bool? Overdue = null,
    string? Light = null,
    string? Q = null,
    int? Limit = null,
    string? Cursor = null,
    string? OverdueFor = null,
    string? ListType = null,
    int? ListYear = null,
    IReadOnlyDictionary<string, string>? Fields = null,
    string? ContributesTo = null,
    bool? AllProgrammes = null,
    string? TaskForce = null,
    bool? OpenIssues = null) : IRequest<CursorPage<TaskSummaryDto>>;
