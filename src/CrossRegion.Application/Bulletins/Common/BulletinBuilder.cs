using CrossRegion.Application.Audit.VerifyAuditChain;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Issues;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Bulletins.Common;

/// <summary>
/// Computes a bulletin over every active or closed task (the bulletin is the joint office's evaluation; readers who
/// are not a party to a task do not see its overdue items, see <see cref="BulletinView"/>), counting what
/// <see cref="PartyJudge"/> judged: milestones per owning party and for each of that party's units; reports and notices
/// likewise. A city's bulletin counts that city's parts only, over its picture (<see cref="JointPicture.InCityPicture"/>).
/// </summary>
public sealed class BulletinBuilder(IAppDbContext db, PartyJudge judge)
{
    /// <param name="city">Null for the joint bulletin; a city's code for that city's.</param>
    public async Task<BulletinContent> BuildAsync(string period, DateOnly first, DateOnly last, DateOnly today, string? city, CancellationToken cancellationToken)
    {
        var asOf = today < last ? today : last;
        var judged = await judge.JudgeAsync(first, last, asOf, city, cancellationToken);
        var units = judged.Units;
        var tally = new Tally();
        foreach (var m in judged.Milestones)
        {
            tally.Milestone(m.Jurisdiction, units[(m.TaskId, m.Jurisdiction)], m.Outcome);
        }

        foreach (var r in judged.Reports)
        {
            tally.Report(r.Jurisdiction, units[(r.TaskId, r.Jurisdiction)], r.OnTime);
        }

        foreach (var n in judged.Notices)
        {
            tally.Notice(n.Jurisdiction, units[(n.TaskId, n.Jurisdiction)], n.Acknowledged);
        }

        var jurisdictions = await db.Jurisdictions.AsNoTracking().Where(j => city == null || j.Code == city).ToListAsync(cancellationToken);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, cancellationToken);
        var overdue = judged.Milestones
            .Where(o => o.Outcome == MilestoneOutcome.Overdue)
            .Select(o => new OverdueItem(
                o.Key, o.TitleZh, o.TitleEn, o.MilestoneId, o.Title, o.Jurisdiction,
                units[(o.TaskId, o.Jurisdiction)].Select(d => departments[d].NameZh).Order(StringComparer.Ordinal).ToList(),
                o.DueDate, asOf.DayNumber - o.DueDate.DayNumber, o.ProgrammeCode))
            .OrderByDescending(i => i.DaysOverdue).ThenBy(i => i.TaskKey, StringComparer.Ordinal).ThenBy(i => i.Jurisdiction, StringComparer.Ordinal)
            .ToList();

        var byJurisdiction = Rank(jurisdictions.Select(j => (j.Code, Score: tally.For(j.Code))))
            .Select(x => new JurisdictionScore(x.Rank, x.Key, jurisdictions.Single(j => j.Code == x.Key).NameZh, jurisdictions.Single(j => j.Code == x.Key).NameEn, x.Score))
            .ToList();
        var byDepartment = Rank(tally.Departments.Select(id => (Key: id.ToString(), Score: tally.For(id))))
            .Select(x => departments[Guid.Parse(x.Key)] is var d ? new DepartmentScore(x.Rank, d.Code, d.JurisdictionCode, d.NameZh, d.NameEn, x.Score) : null!)
            .ToList();
        var head = await db.AuditHeads.AsNoTracking().Select(h => new AuditCheckpointDto(h.Sequence, h.Hash, h.Seal)).SingleOrDefaultAsync(cancellationToken);
        var asks = jurisdictions.OrderBy(j => j.Code, StringComparer.Ordinal).Select(j => AskTallyOf(j, judged.Asks.Where(a => a.Jurisdiction == j.Code).ToList(), first, last, asOf)).ToList();
        var taskForces = await TaskForceTalliesAsync(city, judged.Milestones, cancellationToken);
        var factors = await FactorTalliesAsync(jurisdictions, city, first, last, asOf, cancellationToken);
        return new BulletinContent(period, first, last, asOf, byJurisdiction, byDepartment, overdue, head, asks, taskForces, factors);
    }

    /// <summary>Each city's 要素 requests on tasks of the picture, by the city that raised them (withdrawn ones not counted).</summary>
    private async Task<List<FactorTally>> FactorTalliesAsync(
        List<Domain.Jurisdictions.Jurisdiction> jurisdictions, string? city, DateOnly first, DateOnly last, DateOnly asOf, CancellationToken cancellationToken)
    {
        var picture = PartyJudge.Picture(db, city);
        var requests = await db.Issues.IgnoreQueryFilters([VisibilityFilter.Name])
            .Where(i => i.FactorKind != null && i.Status != IssueStatus.Withdrawn && picture.Any(t => t.Id == i.TaskId))
            .Select(i => new { i.RaisedBy, i.CreatedAt, i.Status, i.FactorOutcome, i.AnsweredOn, i.ReplyBy })
            .ToListAsync(cancellationToken);
        return jurisdictions.OrderBy(j => j.Code, StringComparer.Ordinal).Select(j =>
        {
            var raised = requests.Where(r => r.RaisedBy == j.Code && ShanghaiClock.DayOf(r.CreatedAt) <= asOf).ToList();
            int Answered(FactorOutcome outcome) => raised.Count(r => r.Status != IssueStatus.Open && r.FactorOutcome == outcome && r.AnsweredOn >= first && r.AnsweredOn <= last);
            var awaiting = raised.Where(r => r.Status == IssueStatus.Open).ToList();
            return new FactorTally(
                j.Code, j.NameZh, j.NameEn,
                raised.Count(r => ShanghaiClock.DayOf(r.CreatedAt) >= first),
                Answered(FactorOutcome.Granted), Answered(FactorOutcome.PartlyGranted), Answered(FactorOutcome.Refused),
                awaiting.Count, awaiting.Count(r => r.ReplyBy < asOf));
        }).ToList();
    }

    /// <summary>Each task force holding tasks of the picture: how many, and how their milestone parts due in the period went.</summary>
    private async Task<List<TaskForceTally>> TaskForceTalliesAsync(string? city, IReadOnlyList<JudgedMilestone> milestones, CancellationToken cancellationToken)
    {
        var picture = PartyJudge.Picture(db, city);
        var held = await (
                from l in db.TaskForceTasks.IgnoreQueryFilters([VisibilityFilter.Name])
                join f in db.TaskForces.IgnoreQueryFilters([VisibilityFilter.Name]) on l.TaskForceId equals f.Id
                where picture.Any(t => t.Id == l.TaskId)
                select new { f.Code, f.ProgrammeCode, f.NameZh, f.NameEn, l.TaskId })
            .ToListAsync(cancellationToken);
        var parts = milestones.ToLookup(m => m.TaskId);
        return held.GroupBy(h => (h.Code, h.ProgrammeCode, h.NameZh, h.NameEn)).OrderBy(g => g.Key.ProgrammeCode, StringComparer.Ordinal).ThenBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g =>
            {
                var due = g.SelectMany(h => parts[h.TaskId]).ToList();
                return new TaskForceTally(
                    g.Key.Code, g.Key.ProgrammeCode, g.Key.NameZh, g.Key.NameEn, g.Select(h => h.TaskId).Distinct().Count(), due.Count,
                    due.Count(m => m.Outcome is MilestoneOutcome.OnTime or MilestoneOutcome.AfterExtension),
                    due.Count(m => m.Outcome == MilestoneOutcome.Late),
                    due.Count(m => m.Outcome == MilestoneOutcome.Overdue));
            })
            .ToList();
    }

    private static AskTally AskTallyOf(Domain.Jurisdictions.Jurisdiction city, List<JudgedAsk> asks, DateOnly first, DateOnly last, DateOnly asOf)
    {
        bool AnsweredInPeriod(JudgedAsk a) => a.AnsweredOn is { } on && on >= first && on <= last;
        var awaiting = asks.Where(a => a.Awaiting && a.SubmittedOn <= asOf).ToList();
        return new AskTally(
            city.Code, city.NameZh, city.NameEn,
            asks.Count(a => a.SubmittedOn >= first),
            asks.Count(a => a.Won && AnsweredInPeriod(a)),
            asks.Count(a => a.Status == Domain.Asks.AskStatus.Refused && AnsweredInPeriod(a)),
            awaiting.Count,
            awaiting.Count(a => a.FollowUpOn < asOf));
    }

    /// <summary>赛马比拼: best on-time rate first (none last), then fewest overdue, then fewest missing reports.</summary>
    private static IEnumerable<(int Rank, string Key, Score Score)> Rank(IEnumerable<(string Key, Score Score)> scores) =>
        scores.OrderByDescending(s => s.Score.OnTimeRate ?? -1m)
            .ThenBy(s => s.Score.Overdue)
            .ThenBy(s => s.Score.ReportsMissing)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select((s, i) => (i + 1, s.Key, s.Score));

    /// <summary>Running counts per jurisdiction and per department.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, int[]> _counts = [];

        public IEnumerable<Guid> Departments => _counts.Keys.Where(k => k.StartsWith("d:", StringComparison.Ordinal)).Select(k => Guid.Parse(k[2..]));

        public void Milestone(string jurisdiction, IEnumerable<Guid> departments, MilestoneOutcome outcome) =>
            Add(jurisdiction, departments, outcome switch
            {
                MilestoneOutcome.OnTime => 1,
                MilestoneOutcome.AfterExtension => 2,
                MilestoneOutcome.Late => 3,
                MilestoneOutcome.Overdue => 4,
                _ => 5,
            });

        public void Report(string jurisdiction, IEnumerable<Guid> departments, bool? onTime) =>
            Add(jurisdiction, departments, onTime switch { true => 7, false => 8, null => 9 }, 6);

        public void Notice(string jurisdiction, IEnumerable<Guid> departments, bool acknowledged) =>
            Add(jurisdiction, departments, acknowledged ? 11 : -1, 10);

        public Score For(string jurisdiction) => ScoreOf(Get("j:" + jurisdiction));

        public Score For(Guid department) => ScoreOf(Get("d:" + department));

        private void Add(string jurisdiction, IEnumerable<Guid> departments, int slot, int total = 0)
        {
            foreach (var key in departments.Select(d => "d:" + d).Prepend("j:" + jurisdiction))
            {
                var counts = Get(key);
                counts[total]++;
                if (slot >= 0)
                {
                    counts[slot]++;
                }
            }
        }

        private int[] Get(string key)
        {
            if (!_counts.TryGetValue(key, out var counts))
            {
                _counts[key] = counts = new int[12];
            }

            return counts;
        }

        private static Score ScoreOf(int[] c)
        {
            var judged = c[0] - c[5];
            return new Score(
                c[0], c[1], c[2], c[3], c[4], c[5], judged > 0 ? Math.Round((decimal)c[1] / judged, 4) : null,
                c[6], c[7], c[8], c[9], c[10], c[11]);
        }
    }
}
