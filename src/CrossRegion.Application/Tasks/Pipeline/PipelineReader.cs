using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Tasks.GetTask;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.Pipeline;

/// <summary>
/// Reads a visible task's 前期 checklist and shared costs (both queries start from <c>Tasks</c>, so the visibility filter
/// applies). Each is null when the task has none, and the task page shows nothing of it.
/// </summary>
internal static class PipelineReader
{
    public const string CostUnit = "万元";

    public static async Task<PreparationDto?> PreparationAsync(IAppDbContext db, Guid taskId, CancellationToken cancellationToken)
    {
        var items = await db.Tasks.AsNoTracking().Where(t => t.Id == taskId).SelectMany(t => t.Preparation).ToListAsync(cancellationToken);
        if (items.Count == 0)
        {
            return null;
        }

        var rows = items.OrderBy(i => i.Kind).ThenBy(i => i.Name, StringComparer.Ordinal).ThenBy(i => i.JurisdictionCode, StringComparer.Ordinal)
            .Select(i => new PreparationItemDto(
                i.Id, i.Kind, i.Name.Length == 0 ? null : i.Name, i.LabelZh, i.LabelEn, i.JurisdictionCode, i.State, i.On, i.Document, i.Note, i.UpdatedBy, i.UpdatedAt))
            .ToList();
        var settled = items.Count(i => i.IsSettled);
        return new PreparationDto(rows, settled, items.Count - settled);
    }

    /// <summary>The parties' pledges (already read with the parties) and their spend; decimals are summed here (SQLite stores them as text).</summary>
    public static async Task<CostSharesDto?> CostsAsync(IAppDbContext db, Guid taskId, IReadOnlyList<PartyDto> parties, CancellationToken cancellationToken)
    {
        var spending = await db.Tasks.AsNoTracking().Where(t => t.Id == taskId).SelectMany(t => t.Spending).ToListAsync(cancellationToken);
        if (spending.Count == 0 && parties.All(p => p.Pledged is null))
        {
            return null;
        }

        var shares = parties.Select(p =>
        {
            var months = spending.Where(s => s.JurisdictionCode == p.Jurisdiction)
                .GroupBy(s => s.Period)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var latest = g.OrderBy(s => s.RecordedAt).ThenBy(s => s.Id).Last();
                    return new CostMonthDto(g.Key, latest.Amount, latest.Note, g.Count(), latest.RecordedBy, latest.RecordedAt);
                })
                .ToList();
            var spent = months.Sum(m => m.Amount);
            return new CostShareDto(p.Jurisdiction, p.Pledged, spent, Percent(spent, p.Pledged), months);
        }).ToList();
        var pledged = shares.Sum(s => s.Pledged ?? 0);
        var total = shares.Sum(s => s.Spent);
        return new CostSharesDto(CostUnit, pledged, total, Percent(total, pledged), shares);
    }

    private static decimal? Percent(decimal spent, decimal? pledged) => pledged is > 0 ? Math.Round(spent * 100 / pledged.Value, 1) : null;
}
