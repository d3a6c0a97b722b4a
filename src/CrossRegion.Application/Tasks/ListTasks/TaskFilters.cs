// These expressions are translated to SQL by EF Core: string.ToLower() becomes lower(), Contains a substring match.
#pragma warning disable CA1304, CA1311, CA1862
using System.Linq.Expressions;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.ListTasks;

/// <summary>The ledger's filters. Visibility is not here: the persistence layer applies it to every query on tasks.</summary>
internal static class TaskFilters
{
    public static IQueryable<CoordinatedTask> Apply(
        IQueryable<CoordinatedTask> query, ListTasksQuery request, LightWindow window, IQueryable<ProgressReport> reports,
        IQueryable<Programme> programmes, IReadOnlyList<ListFieldFilter> fields, Guid? contributesTo = null, IQueryable<Domain.TaskForces.TaskForceTask>? held = null)
    {
        var today = window.Today;
        if (held is not null)
        {
            query = query.Where(t => held.Any(l => l.TaskId == t.Id));
        }

        if (request.Programme is { } programme)
        {
            query = query.Where(t => t.ProgrammeCode == programme);
        }
        else if (request.ListType is null && request.ContributesTo is null && request.AllProgrammes != true && held is null)
        {
            // The ledger as it was before cities kept their own lists here: the joint programmes' tasks.
            query = query.Where(t => programmes.Any(p => p.Code == t.ProgrammeCode && p.OwnerJurisdiction == null));
        }

        if (request.ListType is { } listType)
        {
            query = query.Where(t => t.ListType == listType);
        }

        if (contributesTo is { } joint)
        {
            query = query.Where(t => t.ContributesToTaskId == joint);
        }

        if (request.ListYear is { } listYear)
        {
            query = query.Where(t => t.ListYear == listYear);
        }

        foreach (var field in fields)
        {
            query = field.Apply(query);
        }

        if (request.Category is { } category)
        {
            query = query.Where(t => t.CategoryCode == category);
        }

        query = ApplyParty(query, request.Jurisdiction, request.Role);
        query = EnumText.TryParse<CoordinatedTaskStatus>(request.Status, out var status)
            ? query.Where(t => t.Status == status)
            : query.Where(t => t.Status == CoordinatedTaskStatus.Active || t.Status == CoordinatedTaskStatus.Closed);

        if (request.Year is { } year)
        {
            query = query.Where(t =>
                ((t.StartYear == null || t.StartYear <= year) && (t.EndYear == null || t.EndYear >= year))
                || t.Targets.Any(x => x.Year == year));
        }

        if (request.Overdue is { } overdue)
        {
            query = overdue
                ? query.Where(t => t.NextDueDate < today)
                : query.Where(t => t.NextDueDate == null || t.NextDueDate >= today);
        }

        if (request.OverdueFor is { } city)
        {
            query = query.Where(t => t.Status == CoordinatedTaskStatus.Active && t.Milestones.Any(m =>
                m.Status == MilestoneStatus.Open && m.DueDate < today && m.Owners.Any(o => o.JurisdictionCode == city)
                && !m.SignOffs.Any(s => s.JurisdictionCode == city && (s.Status == SignOffStatus.Confirmed || s.Status == SignOffStatus.Waived))));
        }

        if (EnumText.TryParse<StatusLight>(request.Light, out var light))
        {
            query = ApplyLight(query, light, window, reports);
        }

        return ApplySearch(query, request.Q);
    }

    /// <summary><see cref="StatusLights.ForTask"/> as SQL: each light excludes the more decisive ones before it.</summary>
    private static IQueryable<CoordinatedTask> ApplyLight(IQueryable<CoordinatedTask> query, StatusLight light, LightWindow window, IQueryable<ProgressReport> reports)
    {
        var (today, until) = (window.Today, window.YellowUntil);
        var current = reports.Where(r => r.IsCurrent);
        Expression<Func<CoordinatedTask, bool>> done = t => t.Status == CoordinatedTaskStatus.Closed || (t.NextDueDate == null && t.Milestones.Any());
        Expression<Func<CoordinatedTask, bool>> red = t => t.NextDueDate < today || current.Any(r => r.TaskId == t.Id && r.Status == ReportStatus.Blocked);
        Expression<Func<CoordinatedTask, bool>> yellow = t => t.NextDueDate <= until || current.Any(r => r.TaskId == t.Id && r.Status == ReportStatus.AtRisk);
        return light switch
        {
            StatusLight.Done => query.Where(done),
            StatusLight.Red => query.Where(Not(done)).Where(red),
            StatusLight.Yellow => query.Where(Not(done)).Where(Not(red)).Where(yellow),
            _ => query.Where(Not(done)).Where(Not(red)).Where(Not(yellow)),
        };
    }

    private static Expression<Func<CoordinatedTask, bool>> Not(Expression<Func<CoordinatedTask, bool>> predicate) =>
        Expression.Lambda<Func<CoordinatedTask, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private static IQueryable<CoordinatedTask> ApplyParty(IQueryable<CoordinatedTask> query, string? jurisdiction, string? roleText)
    {
        var hasRole = EnumText.TryParse<PartyRole>(roleText, out var role);
        if (jurisdiction is not null && hasRole)
        {
            return query.Where(t => t.Parties.Any(p => p.JurisdictionCode == jurisdiction && p.Role == role));
        }

        if (jurisdiction is not null)
        {
            return query.Where(t => t.Parties.Any(p => p.JurisdictionCode == jurisdiction));
        }

        return hasRole ? query.Where(t => t.Parties.Any(p => p.Role == role)) : query;
    }

    /// <summary>The ledger's search (name, English name, key, aliases), also the list export's.</summary>
    public static IQueryable<CoordinatedTask> ApplySearch(IQueryable<CoordinatedTask> query, string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return query;
        }

        var term = q.Trim();
        var lower = term.ToLowerInvariant();
        var upper = term.ToUpperInvariant();
        return query.Where(t =>
            t.TitleZh.Contains(term)
            || t.TitleEn.ToLower().Contains(lower)
            || t.Key.Contains(upper)
            || t.Aliases.Any(a => a.Name.Contains(term) || a.Name.ToLower().Contains(lower)));
    }
}
