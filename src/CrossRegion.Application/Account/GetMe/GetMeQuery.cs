using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Account.GetMe;

[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetMeQuery : IRequest<MeDto>, IAllowedWhileActionRequired;
