using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Tasks.GetTask;

[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetTaskQuery(string Key) : IRequest<TaskDetailDto>;
