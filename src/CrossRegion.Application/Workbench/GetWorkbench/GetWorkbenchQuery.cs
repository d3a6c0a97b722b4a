using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Workbench.GetWorkbench;

/// <summary>
/// 工作台: what the signed-in person's part of the ledger asks of them now, by who they are — an officer: what the unit
/// owes (open milestones by light, this month's reports not yet in); a city coordinator: the same for the city with a
/// row per unit; the joint office: overdue by city and programme, the decisions waiting, this week's chase. Everyone
/// else reads the ledger. Always within what the person may see.
/// </summary>
[Authorize]
public sealed record GetWorkbenchQuery : IRequest<WorkbenchDto>;
