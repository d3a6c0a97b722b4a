using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.ListItems;

/// <summary>
/// Reads a visible task's list data (every query starts from <c>Tasks</c>, so the visibility filter applies). A task of
/// the joint key-task list with no predecessor and no project stage has none, and costs nothing more.
/// </summary>
public sealed class ListItemReader(IAppDbContext db)
{
    public const string InvestmentMetric = "完成投资";

    /// <summary>Whether a task has list data to read: any list type but the joint key-task list, a carried-over item, or a project with a stage.</summary>
    public static bool HasListData(string listType, Guid? predecessorId, TaskStage? stage) =>
        listType != ListTypeCodes.JointKeyTask || predecessorId is not null || stage is not null;

    /// <param name="project">Read it for a task that is being handled as a project (it keeps a 前期 checklist) whatever its list.</param>
    public async Task<ListItemDto?> ReadAsync(Guid taskId, CancellationToken cancellationToken, bool project = false)
    {
        var task = db.Tasks.AsNoTracking().Where(t => t.Id == taskId);
        var head = await task.Select(t => new { t.ProgrammeCode, t.ListType, t.ListYear, t.PredecessorId, t.ContributesToTaskId, t.Stage }).SingleOrDefaultAsync(cancellationToken);
        if (head is null || !(project || HasListData(head.ListType, head.PredecessorId, head.Stage)))
        {
            return null;
        }

        var type = await db.ListTypes.AsNoTracking()
            .Where(l => l.ProgrammeCode == head.ProgrammeCode && l.Code == head.ListType && l.Year == head.ListYear).SingleOrDefaultAsync(cancellationToken);
        var stored = await task.SelectMany(t => t.Fields).ToListAsync(cancellationToken);
        var stages = await task.SelectMany(t => t.StageHistory).OrderBy(s => s.On).ThenBy(s => s.RecordedAt)
            .Select(s => new StageChangeDto(s.From, s.To, s.On, s.Note, s.RecordedBy, s.RecordedAt)).ToListAsync(cancellationToken);
        return new ListItemDto(
            head.ProgrammeCode,
            head.ListType,
            head.ListYear,
            type?.NameZh,
            type?.NameEn,
            Fields(type, stored),
            stages,
            await InvestmentAsync(taskId, cancellationToken),
            await EarlierAsync(head.PredecessorId, cancellationToken),
            await db.Tasks.AsNoTracking().Where(t => t.PredecessorId == taskId)
                .Select(t => new CarriedItemDto(t.Key, t.ListYear, t.TitleZh, t.Status)).FirstOrDefaultAsync(cancellationToken),
            head.ContributesToTaskId is { } joint
                ? await db.Tasks.AsNoTracking().Where(t => t.Id == joint).Select(t => new GetTask.TaskLinkDto(t.Key, t.TitleZh, t.TitleEn)).SingleOrDefaultAsync(cancellationToken)
                : null);
    }

    private static List<ListFieldValueDto> Fields(ListType? type, List<TaskField> stored)
    {
        if (type is null)
        {
            return stored.Select(f => new ListFieldValueDto(f.Key, f.Key, f.Key, f.Number is null ? ListColumnKind.Text : ListColumnKind.Number, f.Text ?? f.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Number, null, f.Text, f.Text)).ToList();
        }

        return type.Fields.Select(column =>
        {
            var field = stored.Find(f => f.Key == column.Key);
            var option = column.Options?.FirstOrDefault(o => o.Code == field?.Text);
            var value = field?.Text ?? field?.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new ListFieldValueDto(
                column.Key, column.NameZh, column.NameEn, column.Kind, value, field?.Number, column.Unit, option?.NameZh ?? value, option?.NameEn ?? value);
        }).ToList();
    }

    private async Task<InvestmentDto?> InvestmentAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var measure = await db.Tasks.AsNoTracking().Where(t => t.Id == taskId).SelectMany(t => t.Targets)
            .SelectMany(x => x.Measures, (x, m) => new { x.Year, m.Id, m.Metric, m.Value, m.Unit })
            .Where(m => m.Metric == InvestmentMetric)
            .OrderByDescending(m => m.Year).FirstOrDefaultAsync(cancellationToken);
        if (measure is null)
        {
            return null;
        }

        // Each month's latest revision of each party's report, then that revision's value for the measure: two flat queries
        // (a per-report subquery needs APPLY, which SQLite lacks).
        var prefix = $"{measure.Year}-";
        var reports = db.ProgressReports.AsNoTracking().Where(r => r.TaskId == taskId && r.Period.StartsWith(prefix));
        var values = await reports
            .SelectMany(r => r.Values, (r, v) => new { r.JurisdictionCode, r.Period, r.Revision, v.MeasureId, v.NormalisedValue })
            .Where(v => v.MeasureId == measure.Id)
            .ToListAsync(cancellationToken);
        var revisions = await reports.Select(r => new { r.JurisdictionCode, r.Period, r.Revision }).ToListAsync(cancellationToken);
        var current = revisions.GroupBy(r => (r.JurisdictionCode, r.Period)).ToDictionary(g => g.Key, g => g.Max(r => r.Revision));
        var months = values.Where(v => current[(v.JurisdictionCode, v.Period)] == v.Revision)
            .GroupBy(v => v.Period).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Period: g.Key, Completed: g.Sum(v => v.NormalisedValue)))
            .ToList();
        var cumulative = 0m;
        var rows = new List<InvestmentMonthDto>();
        foreach (var (period, completed) in months)
        {
            cumulative += completed;
            rows.Add(new InvestmentMonthDto(period, completed, cumulative, Percent(cumulative, measure.Value)));
        }

        return new InvestmentDto(measure.Year, measure.Value, measure.Unit, rows, cumulative, Percent(cumulative, measure.Value));
    }

    private static decimal? Percent(decimal part, decimal whole) => whole > 0 ? decimal.Round(part * 100 / whole, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>The item's earlier years, nearest first, as far back as the carry-overs go (and the caller sees them).</summary>
    private async Task<List<CarriedItemDto>> EarlierAsync(Guid? predecessor, CancellationToken cancellationToken)
    {
        var chain = new List<CarriedItemDto>();
        for (var next = predecessor; next is not null && chain.Count < 20;)
        {
            var row = await db.Tasks.AsNoTracking().Where(t => t.Id == next)
                .Select(t => new { Item = new CarriedItemDto(t.Key, t.ListYear, t.TitleZh, t.Status), t.PredecessorId }).SingleOrDefaultAsync(cancellationToken);
            if (row is null)
            {
                break;
            }

            chain.Add(row.Item);
            next = row.PredecessorId;
        }

        return chain;
    }
}
