using System.Globalization;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Evaluations.Runs;

/// <summary>
/// Scores an evaluation as its readers get it: the ranking of every city and unit (totals, added up over every city's
/// items whoever reads), and a city's or a unit's breakdown, item by item, to the city's own people only.
/// </summary>
public sealed class EvaluationReader(IAppDbContext db, ICurrentUser caller)
{
    public async Task<EvaluationDto> ReadAsync(EvaluationRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var rules = await RulesAsync(run.Year, cancellationToken);
        var all = db.EvaluationRuns.IgnoreQueryFilters([VisibilityFilter.Name]).AsNoTracking().Where(r => r.Id == run.Id);

        // Counted in the database by city, units, section, outcome and weight: a handful of rows however large the year.
        var groups = (await all.SelectMany(r => r.Items)
                .GroupBy(i => new { i.Jurisdiction, i.Departments, i.Section, i.Outcome, i.Weight })
                .Select(g => new { g.Key.Jurisdiction, g.Key.Departments, g.Key.Section, g.Key.Outcome, g.Key.Weight, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .Select(g => (g.Jurisdiction, Units: g.Departments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList(),
                Tally: new ItemTally(g.Section, g.Outcome, g.Count, g.Weight * g.Count)))
            .ToList();
        var adjustments = await all.SelectMany(r => r.Adjustments).Select(a => new { a.Jurisdiction, a.Points }).ToListAsync(cancellationToken);
        var open = await all.SelectMany(r => r.Appeals).CountAsync(a => a.Status == AppealStatus.Open, cancellationToken);
        var cities = await db.Jurisdictions.AsNoTracking().OrderBy(j => j.Code).ToListAsync(cancellationToken);
        var ranking = Rank(cities.Select(c => (c.Code, c.Code, c.NameZh, c.NameEn,
            EvaluationScoring.ScoreTallies(rules, groups.Where(g => g.Jurisdiction == c.Code).Select(g => g.Tally), adjustments.Where(a => a.Jurisdiction == c.Code).Select(a => a.Points)))));

        var unitIds = groups.SelectMany(g => g.Units).Distinct().ToList();
        var units = await db.Departments.AsNoTracking().Where(d => unitIds.Contains(d.Id)).ToListAsync(cancellationToken);
        var byUnit = Rank(units.Select(u => (u.Code, u.JurisdictionCode, u.NameZh, u.NameEn,
            EvaluationScoring.ScoreTallies(rules, groups.Where(g => g.Jurisdiction == u.JurisdictionCode && g.Units.Contains(u.Id)).Select(g => g.Tally), []))));
        return new EvaluationDto(
            run.Id, run.Year, run.Version, run.Status, run.SchemeRevision, run.AsOf, run.AppealsUntil, run.CreatedBy, run.CreatedAt, run.PublishedBy, run.PublishedAt,
            run.Revision, open, ranking, byUnit);
    }

    public Task<BreakdownDto> BreakdownAsync(Guid id, string jurisdiction, string? unitCode, CancellationToken cancellationToken) =>
        BreakdownAsync(new GetBreakdownQuery(id, jurisdiction, unitCode), cancellationToken);

    /// <summary>
    /// The score over every item of the city (or unit), counted in the database; the items a page at a time in the
    /// order they were judged (a section's only, when asked); every bonus, deduction and appeal with what it is about.
    /// </summary>
    public async Task<BreakdownDto> BreakdownAsync(GetBreakdownQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (id, jurisdiction) = (query.Id, query.Jurisdiction);
        var (run, items) = await ItemsAsync(id, jurisdiction, query.Unit, cancellationToken);
        var mine = db.EvaluationRuns.AsNoTracking().Where(r => r.Id == id);
        var rules = await RulesAsync(run.Year, cancellationToken);
        var tallies = (await items.GroupBy(i => new { i.Section, i.Outcome, i.Weight })
                .Select(g => new { g.Key.Section, g.Key.Outcome, g.Key.Weight, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .Select(g => new ItemTally(g.Section, g.Outcome, g.Count, g.Weight * g.Count));
        var adjustments = query.Unit is null
            ? (await mine.SelectMany(r => r.Adjustments).Where(a => a.Jurisdiction == jurisdiction).ToListAsync(cancellationToken)).OrderBy(a => a.At).ToList()
            : [];

        var after = Cursor.TryDecode(query.Cursor, out var last) ? int.Parse(last, CultureInfo.InvariantCulture) : 0;
        var limit = query.Limit ?? Cursor.DefaultLimit;
        var shown = query.Section is null ? items : items.Where(i => i.Section == query.Section);
        var page = await shown.Where(i => i.Seq > after).OrderBy(i => i.Seq).Take(limit + 1).ToListAsync(cancellationToken);
        var next = page.Count > limit ? Cursor.Encode(page[limit - 1].Seq.ToString(CultureInfo.InvariantCulture)) : null;

        var appeals = (await mine.SelectMany(r => r.Appeals).Where(a => a.Jurisdiction == jurisdiction)
                .Join(items, a => a.ItemId, i => i.Id, (a, i) => new { Appeal = a, i.Section, i.Subject })
                .ToListAsync(cancellationToken))
            .OrderBy(x => x.Appeal.FiledAt).ToList();
        return new BreakdownDto(
            run.Id, run.Year, run.Version, run.Status, run.AppealsUntil, run.Revision, jurisdiction, query.Unit,
            EvaluationScoring.ScoreTallies(rules, tallies, adjustments.Select(a => a.Points)),
            page.Take(limit).Select(i => Dto(rules, i)).ToList(),
            adjustments.Select(a => new AdjustmentDto(a.Id, a.Jurisdiction, a.Points, a.Reason, a.Evidence, a.By, a.At)).ToList(),
            appeals.Select(x => new AppealDto(
                x.Appeal.Id, x.Appeal.ItemId, x.Section, x.Subject, x.Appeal.Jurisdiction, x.Appeal.Reason, x.Appeal.FiledBy, x.Appeal.FiledAt, x.Appeal.Status,
                x.Appeal.Outcome, x.Appeal.Answer, x.Appeal.AnsweredBy, x.Appeal.AnsweredAt)).ToList(),
            next);
    }

    /// <summary>Items of a city (or unit) in the order judged, a large page at a time, for a document that lists them all.</summary>
    public async Task<(IReadOnlyList<EvaluationItemDto> Items, int? NextAfter)> ItemsPageAsync(
        Guid id, string jurisdiction, int after, int take, CancellationToken cancellationToken)
    {
        var (run, items) = await ItemsAsync(id, jurisdiction, null, cancellationToken);
        var rules = await RulesAsync(run.Year, cancellationToken);
        var page = await items.Where(i => i.Seq > after).OrderBy(i => i.Seq).Take(take).ToListAsync(cancellationToken);
        return (page.Select(i => Dto(rules, i)).ToList(), page.Count == take ? page[^1].Seq : null);
    }

    // The run, and the city's (unit's) items the caller may read: a city its own, 404 for another's.
    private async Task<(EvaluationRun Run, IQueryable<EvaluationItem> Items)> ItemsAsync(Guid id, string jurisdiction, string? unitCode, CancellationToken cancellationToken)
    {
        var run = await db.EvaluationRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException("evaluation", id.ToString());
        if (caller.Organisation is not null || !(caller.SeesAllTasks || caller.Jurisdictions.Contains(jurisdiction)))
        {
            // Another city's detail is not the caller's to know of.
            throw new NotFoundException("jurisdiction", jurisdiction);
        }

        var items = db.EvaluationRuns.AsNoTracking().Where(r => r.Id == id).SelectMany(r => r.Items).Where(i => i.Jurisdiction == jurisdiction);
        if (unitCode is not null)
        {
            var unit = await db.Departments.AsNoTracking().Where(d => d.Code == unitCode && d.JurisdictionCode == jurisdiction).Select(d => (Guid?)d.Id)
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("department", unitCode);
            var text = unit.ToString()!;
            items = items.Where(i => i.Departments.Contains(text));
        }

        return (run, items);
    }

    private static EvaluationItemDto Dto(SchemeRules rules, EvaluationItem i) => new(
        i.Id, i.Section, i.TaskKey, i.ListType, i.Subject, i.SubjectRef, i.DueOn, i.Weight, i.Outcome, i.JudgedOutcome, Math.Round(Points(rules, i), 2));

    private static decimal Points(SchemeRules rules, EvaluationItem item) =>
        rules.Sections.Single(s => s.Name == item.Section).Rule.Points.GetValueOrDefault(item.Outcome) * item.Weight;

    private async Task<SchemeRules> RulesAsync(int year, CancellationToken cancellationToken) =>
        await db.EvaluationSchemes.AsNoTracking().Where(s => s.Year == year).Select(s => s.Rules).SingleAsync(cancellationToken);

    /// <summary>赛马比拼: highest total first; equal totals share a rank (ordered by code).</summary>
    private static List<RankedScoreDto> Rank(IEnumerable<(string Code, string Jurisdiction, string NameZh, string NameEn, EvaluationScore Score)> scores)
    {
        var ordered = scores.OrderByDescending(s => s.Score.Total).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
        return ordered.Select(s => new RankedScoreDto(ordered.Count(o => o.Score.Total > s.Score.Total) + 1, s.Code, s.Jurisdiction, s.NameZh, s.NameEn, s.Score)).ToList();
    }
}
