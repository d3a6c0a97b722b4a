using System.Globalization;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrossRegion.Application.Workbench.GetWorkbench;

public sealed class GetWorkbenchQueryHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, IBusinessCalendar calendar, IOptions<StatusLightOptions> lights)
    : IRequestHandler<GetWorkbenchQuery, WorkbenchDto>
{
    private const int Shown = 20;

    public async Task<WorkbenchDto> Handle(GetWorkbenchQuery request, CancellationToken cancellationToken)
    {
        var window = LightWindow.Of(time, calendar, lights);
        var period = window.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var city = PartyActor.OwnJurisdiction(caller);
        var empty = new WorkbenchDto(WorkbenchKind.Reader, city, period, new LightCountsDto(0, 0, 0), [], 0, [], [], null);
        if (caller.Roles.HasFlag(UserRoles.JointOfficeCoordinator))
        {
            return empty with { Kind = WorkbenchKind.JointOffice, Office = await OfficeAsync(window, cancellationToken) };
        }

        var coordinator = city is not null && caller.Roles.HasFlag(UserRoles.CityCoordinator);
        var unit = city is not null && caller.Roles.HasFlag(UserRoles.DepartmentOfficer) ? caller.DepartmentId : null;
        if (!coordinator && unit is null)
        {
            return empty;
        }

        var tasks = db.Tasks.AsNoTracking().Where(t => t.Status == CoordinatedTaskStatus.Active
            && t.Parties.Any(p => p.JurisdictionCode == city && (coordinator || p.Departments.Any(d => d.DepartmentId == unit))));
        var owed = Owed(tasks, city!);
        var (today, until) = (window.Today, window.YellowUntil);
        var counts = new LightCountsDto(
            await owed.CountAsync(m => m.DueDate < today, cancellationToken),
            await owed.CountAsync(m => m.DueDate >= today && m.DueDate <= until, cancellationToken),
            await owed.CountAsync(m => m.DueDate > until, cancellationToken));
        var list = (await owed.OrderBy(m => m.DueDate).ThenBy(m => m.Key).Take(Shown).ToListAsync(cancellationToken))
            .Select(m => new OwedMilestoneDto(
                new TaskRefDto(m.Key, m.TitleZh, m.TitleEn), m.Id, m.Title, m.MilestoneTitleEn, m.DueDate,
                StatusLights.ForMilestone(MilestoneStatus.Open, m.DueDate, today, until)))
            .ToList();
        var due = ReportsDue(tasks, city!, period);
        return new WorkbenchDto(
            coordinator ? WorkbenchKind.City : WorkbenchKind.Unit,
            city,
            period,
            counts,
            list,
            await due.CountAsync(cancellationToken),
            await due.OrderBy(t => t.Key).Take(Shown).Select(t => new TaskRefDto(t.Key, t.TitleZh, t.TitleEn)).ToListAsync(cancellationToken),
            coordinator ? await UnitsAsync(city!, period, window, cancellationToken) : [],
            null);
    }

    // The open milestones a city owns and has not settled (confirmed, or waived by the joint office).
    private static IQueryable<OwedRow> Owed(IQueryable<CoordinatedTask> tasks, string city) =>
        from t in tasks
        from m in t.Milestones
        where m.Status == MilestoneStatus.Open && m.Owners.Any(o => o.JurisdictionCode == city)
            && !m.SignOffs.Any(s => s.JurisdictionCode == city && (s.Status == SignOffStatus.Confirmed || s.Status == SignOffStatus.Waived))
        select new OwedRow { Key = t.Key, TitleZh = t.TitleZh, TitleEn = t.TitleEn, Id = m.Id, Title = m.Title, MilestoneTitleEn = m.TitleEn, DueDate = m.DueDate };

    // Tasks on which the city is responsible and has not reported for the month.
    private IQueryable<CoordinatedTask> ReportsDue(IQueryable<CoordinatedTask> tasks, string city, string period) =>
        tasks.Where(t => t.Parties.Any(p => p.JurisdictionCode == city && (p.Role == PartyRole.Lead || p.Role == PartyRole.Responsible || p.Role == PartyRole.Host))
            && !db.ProgressReports.Any(r => r.TaskId == t.Id && r.JurisdictionCode == city && r.Period == period));

    // A row per unit of the city that is named on an active task: its tasks, what is overdue or due soon, reports due.
    // Four grouped queries for all the units together, whatever their number.
    private async Task<IReadOnlyList<UnitRowDto>> UnitsAsync(string city, string period, LightWindow window, CancellationToken cancellationToken)
    {
        var (today, until) = (window.Today, window.YellowUntil);
        var active = db.Tasks.AsNoTracking().Where(t => t.Status == CoordinatedTaskStatus.Active);
        var unitTasks = from t in active
                        from p in t.Parties
                        where p.JurisdictionCode == city
                        from d in p.Departments
                        select new { Task = t, d.DepartmentId };
        var owed = from x in unitTasks
                   from m in x.Task.Milestones
                   where m.Status == MilestoneStatus.Open && m.Owners.Any(o => o.JurisdictionCode == city)
                       && !m.SignOffs.Any(s => s.JurisdictionCode == city && (s.Status == SignOffStatus.Confirmed || s.Status == SignOffStatus.Waived))
                   select new { x.DepartmentId, m.DueDate };
        var tasks = await Count(unitTasks.Select(x => x.DepartmentId), cancellationToken);
        var overdue = await Count(owed.Where(m => m.DueDate < today).Select(m => m.DepartmentId), cancellationToken);
        var dueSoon = await Count(owed.Where(m => m.DueDate >= today && m.DueDate <= until).Select(m => m.DepartmentId), cancellationToken);
        var reportsDue = await Count(
            unitTasks.Where(x => x.Task.Parties.Any(p => p.JurisdictionCode == city && (p.Role == PartyRole.Lead || p.Role == PartyRole.Responsible || p.Role == PartyRole.Host))
                    && !db.ProgressReports.Any(r => r.TaskId == x.Task.Id && r.JurisdictionCode == city && r.Period == period))
                .Select(x => x.DepartmentId),
            cancellationToken);
        var units = await db.Departments.AsNoTracking().Where(d => d.JurisdictionCode == city).ToListAsync(cancellationToken);
        return units.Where(u => tasks.ContainsKey(u.Id))
            .Select(u => new UnitRowDto(u.Code, u.NameZh, u.NameEn, tasks[u.Id], overdue.GetValueOrDefault(u.Id), dueSoon.GetValueOrDefault(u.Id), reportsDue.GetValueOrDefault(u.Id)))
            .OrderByDescending(r => r.Overdue).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
    }

    private static async Task<Dictionary<Guid, int>> Count(IQueryable<Guid> units, CancellationToken cancellationToken) =>
        await units.GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    private async Task<JointOfficeWorkDto> OfficeAsync(LightWindow window, CancellationToken cancellationToken)
    {
        var today = window.Today;
        var tasks = db.Tasks.AsNoTracking();
        var overdueByCity = await (
                from t in tasks
                from m in t.Milestones
                from o in m.Owners
                where t.Status == CoordinatedTaskStatus.Active && m.Status == MilestoneStatus.Open && m.DueDate < today
                    && !m.SignOffs.Any(s => s.JurisdictionCode == o.JurisdictionCode && (s.Status == SignOffStatus.Confirmed || s.Status == SignOffStatus.Waived))
                group o by o.JurisdictionCode into g
                select new CountDto(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var overdueByProgramme = await tasks.Where(t => t.Status == CoordinatedTaskStatus.Active && t.NextDueDate < today)
            .GroupBy(t => t.ProgrammeCode).Select(g => new CountDto(g.Key, g.Count())).ToListAsync(cancellationToken);

        var drafts = tasks.Where(t => t.Status == CoordinatedTaskStatus.Draft);
        var readyToClose = tasks.Where(t => t.Status == CoordinatedTaskStatus.Active && t.NextDueDate == null && t.Milestones.Any());
        var pending = from t in tasks
                      from m in t.Milestones
                      from e in m.Extensions
                      where t.Status == CoordinatedTaskStatus.Active && e.Status == ExtensionStatus.Pending
                      select new { t.Key, t.TitleZh, t.TitleEn, e.JurisdictionCode, m.Title, m.DueDate, e.RequestedDueDate, e.RequestedAt };
        var proposals = await drafts.OrderBy(t => t.Key).Take(Shown)
            .Select(t => new DecisionDto(
                t.ProposedFor == null && t.ProposedBy != null ? "assignment" : "proposal", new TaskRefDto(t.Key, t.TitleZh, t.TitleEn), t.ProposedFor,
                // Handed down from above: who assigned it (its remarks) says more than its content.
                t.ProposedFor == null && t.ProposedBy != null ? t.Remarks : t.MainContent, t.StatusChangedAt))
            .ToListAsync(cancellationToken);
        var extensions = (await pending.OrderBy(e => e.RequestedAt).Take(Shown).ToListAsync(cancellationToken))
            .Select(e => new DecisionDto(
                "extension", new TaskRefDto(e.Key, e.TitleZh, e.TitleEn), e.JurisdictionCode,
                $"{e.Title}: {e.DueDate:yyyy-MM-dd} → {e.RequestedDueDate:yyyy-MM-dd}", e.RequestedAt));
        var closeOuts = await readyToClose.OrderBy(t => t.Key).Take(Shown)
            .Select(t => new DecisionDto("close_out", new TaskRefDto(t.Key, t.TitleZh, t.TitleEn), null, null, null))
            .ToListAsync(cancellationToken);

        var weekAgo = time.GetUtcNow().AddDays(-7);
        var chase = await db.Notices.AsNoTracking().Where(n => n.IssuedAt >= weekAgo)
            .GroupBy(n => n.JurisdictionCode).Select(g => new CountDto(g.Key, g.Count())).ToListAsync(cancellationToken);

        return new JointOfficeWorkDto(
            overdueByCity.OrderBy(c => c.Code, StringComparer.Ordinal).ToList(),
            overdueByProgramme.OrderBy(c => c.Code, StringComparer.Ordinal).ToList(),
            [.. proposals, .. extensions, .. closeOuts],
            [
                new CountDto("proposal", await drafts.CountAsync(t => t.ProposedFor != null || t.ProposedBy == null, cancellationToken)),
                new CountDto("assignment", await drafts.CountAsync(t => t.ProposedFor == null && t.ProposedBy != null, cancellationToken)),
                new CountDto("extension", await pending.CountAsync(cancellationToken)),
                new CountDto("close_out", await readyToClose.CountAsync(cancellationToken)),
            ],
            chase.OrderBy(c => c.Code, StringComparer.Ordinal).ToList());
    }

    // Built by member initialisation, not a constructor: EF filters and counts on its members in SQL.
    private sealed class OwedRow
    {
        public required string Key { get; init; }
        public required string TitleZh { get; init; }
        public required string TitleEn { get; init; }
        public required Guid Id { get; init; }
        public required string Title { get; init; }
        public string? MilestoneTitleEn { get; init; }
        public required DateOnly DueDate { get; init; }
    }
}
