using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Tasks.GetTaskActions;

/// <summary>
/// What the caller may do on a task right now, by the same rules the commands apply: a page offers these actions and
/// only these (a command still checks for itself). A task the caller cannot see is a 404 like any unknown key.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetTaskActionsQuery(string Key) : IRequest<TaskActionsDto>;
