using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Indicators.ListIndicators;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Indicators.ReportActual;

/// <summary>
/// An owning city reports an indicator's actual for a period: the figure (<see cref="Value"/>) and the words it is
/// given in (<see cref="Text"/>: "6.9", "稳定保持II类", "完成上级下达任务"), or that it is not in yet
/// (<see cref="Pending"/>, with the reason: 市级暂未反馈); <see cref="Met"/> is the city's word for a target set from above or
/// a state. Reported again, the actual is revised: name the revision read (<see cref="ExpectedRevision"/>, If-Match).
/// A city's coordinator reports for the city; a provincial or municipal system with ledger.write for its cities.
/// </summary>
[Authorize(Roles = UserRoles.CityCoordinator, Scope = ScopeNames.LedgerWrite)]
public sealed record ReportActualCommand(
    string Code, string? Period, string? Jurisdiction, decimal? Value, string? Text, bool Pending, bool? Met, int? ExpectedRevision)
    : IRequest<ReportedActualDto>;

/// <param name="Created">The period's first report (false: a revision).</param>
/// <param name="Actual">The actual as it now stands; its revision is its ETag.</param>
/// <param name="Indicator">The indicator with the year judged again.</param>
public sealed record ReportedActualDto(bool Created, IndicatorActualDto Actual, IndicatorDto Indicator);
