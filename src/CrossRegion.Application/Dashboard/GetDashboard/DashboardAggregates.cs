using System.Globalization;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Dashboard.GetDashboard;

/// <summary>
/// The dashboard's four-city figures over the whole ledger, from grouped queries (no row per milestone leaves the
/// database). Milestones count once per owning city. A city's own dashboard has that city's row alone, over its picture
/// (the joint programmes and its own).
/// </summary>
public sealed class DashboardAggregates(IAppDbContext db, TimeProvider time)
{
    public const int TrendLength = 12;
    private static readonly PartyRole[] Reporting = Enum.GetValues<PartyRole>().Where(r => r.IsResponsible()).ToArray();

    /// <param name="city">Null for the four cities' figures; a city's code for its own.</param>
    public async Task<DashboardDto> ComputeAsync(DateOnly today, string? city, CancellationToken cancellationToken)
    {
        var all = db.Tasks.IgnoreQueryFilters([VisibilityFilter.Name]).AsNoTracking().InPicture(db.Programmes, city);
        var counted = all.Where(t => t.Status == CoordinatedTaskStatus.Active || t.Status == CoordinatedTaskStatus.Closed);
        var active = all.Where(t => t.Status == CoordinatedTaskStatus.Active);
        var yearStart = new DateOnly(today.Year, 1, 1);
        var months = Enumerable.Range(0, TrendLength).Select(i => new DateOnly(today.Year, today.Month, 1).AddMonths(i - TrendLength + 1)).ToList();
        var trendStart = months[0];

        var due = await (
                from t in counted
                from m in t.Milestones
                where m.BaselineDueDate >= yearStart && m.BaselineDueDate <= today
                from o in m.Owners
                group m by o.JurisdictionCode into g
                select new { City = g.Key, Due = g.Count(), OnTime = g.Count(m => m.CompletedOn != null && m.CompletedOn <= m.BaselineDueDate) })
            .ToDictionaryAsync(x => x.City, cancellationToken);

        // Open past due now, the city's own part not signed (as the chase and the ledger's overdue_for count it).
        var overdueParts = from t in active
                           from m in t.Milestones
                           where m.Status == MilestoneStatus.Open && m.DueDate < today
                           from o in m.Owners
                           where !m.SignOffs.Any(s => s.JurisdictionCode == o.JurisdictionCode && (s.Status == SignOffStatus.Confirmed || s.Status == SignOffStatus.Waived))
                           select new { o.JurisdictionCode, TaskId = t.Id };
        var overdue = await overdueParts.GroupBy(p => p.JurisdictionCode)
            .Select(g => new { g.Key, Parts = g.Count(), Tasks = g.Select(p => p.TaskId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Key, cancellationToken);

        // Month ends: open past due at each, from the milestones' due and completion dates, grouped in the database.
        var spans = await (
                from t in counted
                from m in t.Milestones
                where m.DueDate < today && (m.CompletedOn == null || m.CompletedOn >= trendStart)
                from o in m.Owners
                group m by new { o.JurisdictionCode, m.DueDate, m.CompletedOn } into g
                select new { g.Key.JurisdictionCode, g.Key.DueDate, g.Key.CompletedOn, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var activeTasks = await (from t in active from p in t.Parties group p by p.JurisdictionCode into g select new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var period = lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var expected = await (from t in active from p in t.Parties where Reporting.Contains(p.Role) group p by p.JurisdictionCode into g select new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var filed = await (
                from r in db.ProgressReports.IgnoreQueryFilters([VisibilityFilter.Name]).AsNoTracking()
                where r.Period == period && r.IsCurrent
                join t in active on r.TaskId equals t.Id
                group r by r.JurisdictionCode into g
                select new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

        var notices = await db.Notices.IgnoreQueryFilters([VisibilityFilter.Name]).AsNoTracking()
            .Where(n => n.Kind == NoticeKind.Notice && n.IssuedOn >= yearStart && all.Any(t => t.Id == n.TaskId))
            .GroupBy(n => n.JurisdictionCode)
            .Select(g => new { g.Key, Issued = g.Count(), Signed = g.Count(n => n.AcknowledgedAt != null) })
            .ToDictionaryAsync(x => x.Key, cancellationToken);

        var cities = (await db.Jurisdictions.AsNoTracking().Where(j => city == null || j.Code == city).ToListAsync(cancellationToken)).OrderBy(j => j.SortOrder).ThenBy(j => j.Code, StringComparer.Ordinal);
        var monthEnds = months.Select(m => m.AddMonths(1).AddDays(-1) < today ? m.AddMonths(1).AddDays(-1) : today).ToList();
        var rows = cities.Select(j =>
        {
            var d = due.GetValueOrDefault(j.Code);
            var trend = monthEnds.Select(end => spans
                    .Where(s => s.JurisdictionCode == j.Code && s.DueDate < end && (s.CompletedOn is null || s.CompletedOn > end))
                    .Sum(s => s.Count))
                .ToList();
            var n = notices.GetValueOrDefault(j.Code);
            var (exp, got) = (expected.GetValueOrDefault(j.Code), filed.GetValueOrDefault(j.Code));
            return new CityFiguresDto(
                j.Code, j.NameZh, j.NameEn, activeTasks.GetValueOrDefault(j.Code),
                d?.Due ?? 0, d?.OnTime ?? 0, Rate(d?.OnTime ?? 0, d?.Due ?? 0),
                overdue.GetValueOrDefault(j.Code)?.Tasks ?? 0, overdue.GetValueOrDefault(j.Code)?.Parts ?? 0, trend,
                exp, Math.Min(got, exp), Rate(Math.Min(got, exp), exp), n?.Issued ?? 0, n?.Signed ?? 0);
        }).ToList();

        return new DashboardDto(
            today, time.GetUtcNow(), period, rows, months.Select(m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList(), [],
            await ProgrammesAsync(active, today, cancellationToken));
    }

    private async Task<IReadOnlyList<ProgrammeProgressDto>> ProgrammesAsync(IQueryable<CoordinatedTask> active, DateOnly today, CancellationToken cancellationToken)
    {
        var tasks = await active.GroupBy(t => t.ProgrammeCode)
            .Select(g => new { g.Key, Tasks = g.Count(), Overdue = g.Count(t => t.NextDueDate < today) })
            .ToDictionaryAsync(x => x.Key, cancellationToken);
        var milestones = await (from t in active from m in t.Milestones group m by t.ProgrammeCode into g
                                select new { g.Key, Count = g.Count(), Done = g.Count(m => m.Status == MilestoneStatus.Done) })
            .ToDictionaryAsync(x => x.Key, cancellationToken);
        var programmes = await db.Programmes.AsNoTracking().ToListAsync(cancellationToken);
        return programmes
            .Where(p => tasks.ContainsKey(p.Code))
            .Select(p =>
            {
                var m = milestones.GetValueOrDefault(p.Code);
                return new ProgrammeProgressDto(p.Code, p.NameZh, p.NameEn, tasks[p.Code].Tasks, m?.Count ?? 0, m?.Done ?? 0, Rate(m?.Done ?? 0, m?.Count ?? 0), tasks[p.Code].Overdue);
            })
            .OrderByDescending(p => p.Tasks).ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
    }

    private static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4);
}
