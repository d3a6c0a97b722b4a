using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Dashboard.GetDashboard;

/// <summary>
/// The four-city aggregates come from <see cref="DashboardFigures"/> (computed at most once a minute per node, in the
/// background once the first is there); the joint items are read for each reader through the visibility filter.
/// </summary>
public sealed class GetDashboardQueryHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, DashboardFigures figures)
    : IRequestHandler<GetDashboardQuery, DashboardDto>
{
    public async Task<DashboardDto> Handle(GetDashboardQuery request, CancellationToken cancellationToken)
    {
        if (request.City is { } city && !caller.ReadsCityPicture(city))
        {
            throw new ForbiddenAccessException(Localized.Text(
                $"{city} 的本市驾驶舱只对该市的用户开放。", $"{city}'s own dashboard is open to its own people and clients only."));
        }

        var today = ShanghaiClock.Today(time);
        var board = await figures.GetAsync(today, request.City, cancellationToken);
        return board with { MostOverdue = await MostOverdueAsync(today, request.City, cancellationToken) };
    }

    // Through the visibility filter: a reader sees the joint items of tasks it may read, and no other. Ordered by the
    // due date alone, so that the database walks the (status, due date) index and stops at ten (ties in key order).
    // A city's own dashboard lists its own overdue parts instead, joint or not.
    private async Task<IReadOnlyList<OverdueJointItemDto>> MostOverdueAsync(DateOnly today, string? city, CancellationToken cancellationToken)
    {
        var items = await (
                from t in db.Tasks.AsNoTracking().InPicture(db.Programmes, city)
                where t.Status == CoordinatedTaskStatus.Active
                from m in t.Milestones
                where m.Status == MilestoneStatus.Open && m.DueDate < today
                    && (city == null ? m.Owners.Count > 1 : m.Owners.Any(o => o.JurisdictionCode == city)
                        && !m.SignOffs.Any(s => s.JurisdictionCode == city && (s.Status == SignOffStatus.Confirmed || s.Status == SignOffStatus.Waived)))
                orderby m.DueDate
                select new { t.Key, t.TitleZh, t.TitleEn, m.Id, m.Title, m.DueDate })
            .Take(10)
            .ToListAsync(cancellationToken);
        items = items.OrderBy(i => i.DueDate).ThenBy(i => i.Key, StringComparer.Ordinal).ToList();
        var ids = items.Select(i => i.Id).ToList();
        var owners = (await (from t in db.Tasks.AsNoTracking() from m in t.Milestones where ids.Contains(m.Id) from o in m.Owners select new { m.Id, o.JurisdictionCode })
                .ToListAsync(cancellationToken))
            .ToLookup(o => o.Id, o => o.JurisdictionCode);
        return items.Select(i => new OverdueJointItemDto(
                i.Key, i.TitleZh, i.TitleEn, i.Title, owners[i.Id].Order(StringComparer.Ordinal).ToList(), i.DueDate, today.DayNumber - i.DueDate.DayNumber))
            .ToList();
    }
}
