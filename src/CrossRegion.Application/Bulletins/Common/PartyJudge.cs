using CrossRegion.Application.Chasing.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Asks;
using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrossRegion.Application.Bulletins.Common;

/// <summary>
/// The per-party judgement the bulletin and the annual evaluation both stand on (one implementation): over every
/// active or closed task of the picture (the joint programmes', or a city's own picture), each owning party's part of
/// a milestone whose baseline falls in the period, judged as of a day (the day it signed or was waived, else the
/// milestone's completion); each responsible party's monthly reports owed for the period's months (on time = first
/// submission by the due day); each 催办 notice issued in it (signed or not). Every item names its task and its unit(s).
/// </summary>
public sealed class PartyJudge(IAppDbContext db, IOptions<ChaseOptions> chase)
{
    private static readonly PartyRole[] Reporting = Enum.GetValues<PartyRole>().Where(r => r.IsResponsible()).ToArray();

    /// <param name="city">Null for the joint picture; a city's code for that city's parts over its own picture.</param>
    public Task<PartyJudgement> JudgeAsync(DateOnly first, DateOnly last, DateOnly asOf, string? city, CancellationToken cancellationToken) =>
        JudgeAsync(first, last, asOf, city, null, cancellationToken);

    /// <param name="only">Some of the picture's tasks (see <see cref="TaskIdsAsync"/>), so a large ledger is judged a batch at a time.</param>
    public async Task<PartyJudgement> JudgeAsync(
        DateOnly first, DateOnly last, DateOnly asOf, string? city, IReadOnlyCollection<Guid>? only, CancellationToken cancellationToken)
    {
        var picture = db.Tasks.IgnoreQueryFilters([VisibilityFilter.Name]).InPicture(db.Programmes, city);
        var tasks = Judged(picture);
        if (only is not null)
        {
            tasks = tasks.Where(t => only.Contains(t.Id));
        }

        var milestones = (await (
            from t in tasks
            from m in t.Milestones
            where m.BaselineDueDate >= first && m.BaselineDueDate <= last
            from o in m.Owners
            where city == null || o.JurisdictionCode == city
            select new
            {
                TaskId = t.Id, t.Key, t.TitleZh, t.TitleEn, t.ProgrammeCode, t.ListType, MilestoneId = m.Id, m.Title, m.BaselineDueDate, m.DueDate, m.CompletedOn, o.JurisdictionCode,
                SignedAt = m.SignOffs.Where(s => s.JurisdictionCode == o.JurisdictionCode && SignOffStatuses.SettlingPart.Contains(s.Status))
                    .Select(s => (DateTimeOffset?)s.At).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken))
            .Select(o => new JudgedMilestone(
                o.TaskId, o.Key, o.TitleZh, o.TitleEn, o.ProgrammeCode, o.ListType, o.MilestoneId, o.Title, o.BaselineDueDate, o.DueDate, o.JurisdictionCode,

                // A party is judged on its own part: the day it signed (or was waived), else the milestone's completion.
                Milestone.OutcomeAsOf(o.BaselineDueDate, o.DueDate, o.SignedAt is { } signed ? ShanghaiClock.DayOf(signed) : o.CompletedOn, asOf)))
            .ToList();

        // Every party's units: a unit is credited with its party's milestones, owed reports (filed or not) and notices.
        var units = (await (
                from t in tasks
                from p in t.Parties
                from d in p.Departments
                select new { t.Id, p.JurisdictionCode, d.DepartmentId })
                .ToListAsync(cancellationToken))
            .ToLookup(u => (u.Id, u.JurisdictionCode), u => u.DepartmentId);

        var reports = await ReportsAsync(tasks, first, last, asOf, city, cancellationToken);

        var notices = await db.Notices.IgnoreQueryFilters([VisibilityFilter.Name]).AsNoTracking()
            .Where(n => n.Kind == NoticeKind.Notice && n.IssuedOn >= first && n.IssuedOn <= last && (city == null || n.JurisdictionCode == city)
                && picture.Any(t => t.Id == n.TaskId))
            .Join(tasks, n => n.TaskId, t => t.Id, (n, t) => new JudgedNotice(n.TaskId, t.Key, t.ListType, n.JurisdictionCode, n.Id, n.Number, n.IssuedOn, n.AcknowledgedAt != null))
            .ToListAsync(cancellationToken);

        return new PartyJudgement(milestones, reports, notices, units, await AsksAsync(tasks, last, city, cancellationToken));
    }

    /// <summary>The tasks of the picture that are judged, by id.</summary>
    public async Task<List<Guid>> TaskIdsAsync(string? city, CancellationToken cancellationToken) =>
        await Picture(db, city).OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);

    /// <summary>The tasks a bulletin judges: the active and closed tasks of the joint picture, or of a city's own.</summary>
    public static IQueryable<CoordinatedTask> Picture(IAppDbContext db, string? city) =>
        Judged(db.Tasks.IgnoreQueryFilters([VisibilityFilter.Name]).InPicture(db.Programmes, city));

    private static IQueryable<CoordinatedTask> Judged(IQueryable<CoordinatedTask> picture) =>
        picture.Where(t => t.Status == CoordinatedTaskStatus.Active || t.Status == CoordinatedTaskStatus.Closed);

    /// <summary>
    /// The asks to higher levels submitted by the period's end (drafts and withdrawn asks count for nobody), one per
    /// submitting city: a 联合报批 counts for each city that submitted it.
    /// </summary>
    private async Task<List<JudgedAsk>> AsksAsync(IQueryable<CoordinatedTask> tasks, DateOnly last, string? city, CancellationToken cancellationToken)
    {
        var asks = await (
                from a in db.Asks.IgnoreQueryFilters([VisibilityFilter.Name])
                where a.SubmittedOn != null && a.SubmittedOn <= last && a.Status != AskStatus.Withdrawn
                join t in tasks on a.TaskId equals t.Id
                select new { a.TaskId, t.Key, t.ListType, a.Id, a.Subject, a.Submitters, a.Status, a.SubmittedOn, a.AnsweredOn, a.FollowUpOn })
            .ToListAsync(cancellationToken);
        return asks
            .SelectMany(a => a.Submitters.Where(s => city == null || s == city).Select(s =>
                new JudgedAsk(a.TaskId, a.Key, a.ListType, s, a.Id, a.Subject, a.Status, a.SubmittedOn!.Value, a.AnsweredOn, a.FollowUpOn)))
            .ToList();
    }

    private async Task<List<JudgedReport>> ReportsAsync(
        IQueryable<CoordinatedTask> tasks, DateOnly first, DateOnly last, DateOnly asOf, string? city, CancellationToken cancellationToken)
    {
        var judged = new List<JudgedReport>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            var due = ChasePlan.ReportDueOn(month, chase.Value.Reports.DueDay);
            if (due > asOf)
            {
                continue;
            }

            var monthEnd = ShanghaiClock.StartOf(month.AddMonths(1));
            var dueEnd = ShanghaiClock.StartOf(due.AddDays(1));
            var period = ReportPeriod.Format(month);
            var owed = await (
                from t in tasks
                where t.CreatedAt < monthEnd
                from p in t.Parties
                where Reporting.Contains(p.Role) && (city == null || p.JurisdictionCode == city)
                select new
                {
                    t.Id,
                    t.Key,
                    t.ListType,
                    p.JurisdictionCode,
                    First = db.ProgressReports.Where(r => r.TaskId == t.Id && r.JurisdictionCode == p.JurisdictionCode && r.Period == period && r.Revision == 1)
                        .Select(r => (DateTimeOffset?)r.SubmittedAt).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            judged.AddRange(owed.Select(o => new JudgedReport(o.Id, o.Key, o.ListType, o.JurisdictionCode, period, due, o.First is null ? null : o.First < dueEnd)));
        }

        return judged;
    }
}

/// <summary>What <see cref="PartyJudge"/> found, with each task party's units.</summary>
public sealed record PartyJudgement(
    IReadOnlyList<JudgedMilestone> Milestones, IReadOnlyList<JudgedReport> Reports, IReadOnlyList<JudgedNotice> Notices, ILookup<(Guid TaskId, string Jurisdiction), Guid> Units,
    IReadOnlyList<JudgedAsk> Asks);

/// <summary>An ask to a higher level as one submitting city's: when it went up, and how it stands.</summary>
public sealed record JudgedAsk(
    Guid TaskId, string Key, string ListType, string Jurisdiction, Guid AskId, string Subject, AskStatus Status, DateOnly SubmittedOn, DateOnly? AnsweredOn, DateOnly? FollowUpOn)
{
    public bool Won => Status is AskStatus.Included or AskStatus.Approved;

    public bool Awaiting => Ask.AwaitingAnswer.Contains(Status);
}

/// <summary>A party's part of a milestone due (by its baseline) in the period, and how it went.</summary>
public sealed record JudgedMilestone(
    Guid TaskId, string Key, string TitleZh, string TitleEn, string ProgrammeCode, string ListType, Guid MilestoneId, string Title,
    DateOnly BaselineDueDate, DateOnly DueDate, string Jurisdiction, MilestoneOutcome Outcome);

/// <summary>A monthly report a responsible party owed: on time, late, or (null) not in.</summary>
public sealed record JudgedReport(Guid TaskId, string Key, string ListType, string Jurisdiction, string Period, DateOnly DueOn, bool? OnTime);

/// <summary>A 催办 notice issued to a party in the period, and whether it was signed for.</summary>
public sealed record JudgedNotice(Guid TaskId, string Key, string ListType, string Jurisdiction, long NoticeId, string? Number, DateOnly IssuedOn, bool Acknowledged);
