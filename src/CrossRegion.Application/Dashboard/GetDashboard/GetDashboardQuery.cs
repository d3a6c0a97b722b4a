using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Dashboard.GetDashboard;

/// <summary>
/// 领导驾驶舱: the four cities side by side — this year's on-time rate, what is overdue now and its trend by month end,
/// last month's 月调度 reporting, 催办单 issued and signed — the most overdue joint items and each programme's progress.
/// The four-city figures are aggregates over the whole programme (any reader may see them as such); the item list
/// is only of tasks the reader may see, and the lists behind every number are the ledger's, filtered by visibility.
/// With <paramref name="City"/>, that city's own dashboard (its people only): its figures over its picture, the joint
/// programmes and its own (<see cref="Common.Security.JointPicture.InCityPicture"/>).
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetDashboardQuery(string? City = null) : IRequest<DashboardDto>;
