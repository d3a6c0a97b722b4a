using System.Globalization;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Indicators.ListIndicators;
using CrossRegion.Domain.Indicators;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrossRegion.Application.Indicators.Common;

/// <summary>
/// Indicators as the caller sees them: each year's target judged against the figure of record (the owning city's, or
/// the total of every city's part for a sum of the cities, which each owning city sees though it reads only its own
/// part), with the year's light by the milestone rule; the actuals the caller may read.
/// </summary>
public sealed class IndicatorReader(IAppDbContext db, TimeProvider time, IBusinessCalendar calendar, IOptions<StatusLightOptions> lights)
{
    public async Task<IReadOnlyList<IndicatorDto>> ReadAsync(IReadOnlyList<Indicator> shown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var parentIds = shown.Where(i => i.ParentId is not null).Select(i => i.ParentId!.Value).Distinct().ToList();
        var parents = parentIds.Count == 0
            ? []
            : await db.Indicators.AsNoTracking().Where(i => parentIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Code, cancellationToken);
        var sums = shown.Where(i => i.SumsCities).Select(i => i.Id).ToList();
        var parts = sums.Count == 0
            ? []
            : await db.Indicators.IgnoreQueryFilters([VisibilityFilter.Name]).AsNoTracking()
                .Where(i => sums.Contains(i.Id)).SelectMany(i => i.Actuals).ToListAsync(cancellationToken);
        var window = LightWindow.Of(time, calendar, lights);

        return shown.Select(i => new IndicatorDto(
                i.Code, i.ProgrammeCode, i.NameZh, i.NameEn, i.Unit, i.Attribute, i.Frequency,
                i.ParentId is { } parent ? parents.GetValueOrDefault(parent) : null, i.SumsCities,
                i.Owners.Select(o => o.JurisdictionCode).Order(StringComparer.Ordinal).ToList(),
                i.Targets.OrderBy(t => t.Year).Select(t => Target(i, t, parts, window)).ToList(),
                i.Actuals.OrderBy(a => a.Period, StringComparer.Ordinal).ThenBy(a => a.JurisdictionCode, StringComparer.Ordinal)
                    .Select(Actual).ToList()))
            .ToList();
    }

    public static IndicatorActualDto Actual(IndicatorActual a) =>
        new(a.JurisdictionCode, a.Period, a.Value, a.Text, a.Pending, a.Met, a.Revision, a.ReportedBy, a.ReportedAt);

    /// <summary>Done when the year is judged met (or reported where there is nothing to judge), red when below or overdue.</summary>
    public static StatusLight Light(Attainment attainment, DateOnly due, LightWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return attainment switch
        {
            Attainment.Met or Attainment.NotJudged => StatusLight.Done,
            Attainment.NotMet => StatusLight.Red,
            _ => StatusLights.ForMilestone(MilestoneStatus.Open, due, window.Today, window.YellowUntil),
        };
    }

    private static IndicatorTargetDto Target(Indicator indicator, IndicatorTarget target, IReadOnlyList<IndicatorActual> parts, LightWindow window)
    {
        var period = target.Year.ToString(CultureInfo.InvariantCulture);
        var due = IndicatorPeriod.DueOn(new DateOnly(target.Year, 12, 31));
        if (indicator.SumsCities)
        {
            // The total once every owning city's part is in; until then it is not reported.
            var reported = parts.Where(a => a.IndicatorId == indicator.Id && a.Period == period && !a.Pending && a.Value is not null).ToList();
            var complete = indicator.Owners.All(o => reported.Any(a => a.JurisdictionCode == o.JurisdictionCode));
            decimal? total = complete ? reported.Sum(a => a.Value!.Value) : null;
            return Dto(target, total, total?.ToString(CultureInfo.InvariantCulture), target.Judge(total, null, !complete, null), due, window);
        }

        // One owner: its actual is the figure of record; several owners each have theirs (in actuals).
        var actual = indicator.Owners.Count == 1 ? indicator.Actuals.FirstOrDefault(a => a.Period == period) : null;
        return Dto(target, actual?.Value, actual?.Text, target.Judge(actual), due, window);
    }

    private static IndicatorTargetDto Dto(IndicatorTarget target, decimal? value, string? text, Attainment attainment, DateOnly due, LightWindow window) =>
        new(target.Year, target.Position, target.SortOrder, target.Text, target.Kind, target.Value, target.ReferenceYear, target.Tolerance, value, text, attainment, due,
            Light(attainment, due, window));
}
