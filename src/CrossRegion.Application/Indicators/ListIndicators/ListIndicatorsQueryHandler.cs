using System.Globalization;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Indicators;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Indicators.ListIndicators;

public sealed class ListIndicatorsQueryHandler(IAppDbContext db) : IRequestHandler<ListIndicatorsQuery, CursorPage<IndicatorDto>>
{
    public async Task<CursorPage<IndicatorDto>> Handle(ListIndicatorsQuery request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? Cursor.DefaultLimit;
        var query = db.Indicators.AsNoTracking();
        if (request.Programme is { } programme)
        {
            query = query.Where(i => i.ProgrammeCode == programme);
        }

        if (request.Year is { } year)
        {
            query = query.Where(i => i.Targets.Any(t => t.Year == year));
        }

        if (request.Jurisdiction is { } city)
        {
            query = query.Where(i => i.Owners.Any(o => o.JurisdictionCode == city));
        }

        if (EnumText.TryParse<IndicatorAttribute>(request.Attribute, out var attribute))
        {
            query = query.Where(i => i.Attribute == attribute);
        }

        if (Cursor.TryDecode(request.Cursor, out var after))
        {
#pragma warning disable CA1309 // EF translates to `code > @after`; the column is ordinal on both providers
            query = query.Where(i => string.Compare(i.Code, after) > 0);
#pragma warning restore CA1309
        }

        var page = await query.Include(i => i.Owners).Include(i => i.Targets).Include(i => i.Actuals)
            .OrderBy(i => i.Code).Take(limit + 1)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var shown = page.Take(limit).ToList();
        var parentIds = shown.Where(i => i.ParentId is not null).Select(i => i.ParentId!.Value).Distinct().ToList();
        var parents = await db.Indicators.AsNoTracking().Where(i => parentIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Code, cancellationToken);

        // A sum of the cities is judged on its total, which every owning city sees although it reads only its own part.
        var sums = shown.Where(i => i.SumsCities).Select(i => i.Id).ToList();
        var parts = sums.Count == 0
            ? []
            : await db.Indicators.IgnoreQueryFilters([VisibilityFilter.Name]).AsNoTracking()
                .Where(i => sums.Contains(i.Id)).SelectMany(i => i.Actuals).ToListAsync(cancellationToken);

        var items = shown.Select(i => new IndicatorDto(
                i.Code, i.ProgrammeCode, i.NameZh, i.NameEn, i.Unit, i.Attribute, i.Frequency,
                i.ParentId is { } parent ? parents.GetValueOrDefault(parent) : null, i.SumsCities,
                i.Owners.Select(o => o.JurisdictionCode).Order(StringComparer.Ordinal).ToList(),
                i.Targets.OrderBy(t => t.Year).Select(t => Target(i, t, parts)).ToList(),
                i.Actuals.OrderBy(a => a.Period, StringComparer.Ordinal).ThenBy(a => a.JurisdictionCode, StringComparer.Ordinal)
                    .Select(a => new IndicatorActualDto(a.JurisdictionCode, a.Period, a.Value, a.Text, a.Pending, a.Met, a.ReportedAt)).ToList()))
            .ToList();
        return new CursorPage<IndicatorDto>(items, page.Count > limit ? Cursor.Encode(shown[^1].Code) : null);
    }

    private static IndicatorTargetDto Target(Indicator indicator, IndicatorTarget target, IReadOnlyList<IndicatorActual> parts)
    {
        var period = target.Year.ToString(CultureInfo.InvariantCulture);
        if (indicator.SumsCities)
        {
            // The total once every owning city's part is in; until then it is not reported.
            var reported = parts.Where(a => a.IndicatorId == indicator.Id && a.Period == period && !a.Pending && a.Value is not null).ToList();
            var complete = indicator.Owners.All(o => reported.Any(a => a.JurisdictionCode == o.JurisdictionCode));
            decimal? total = complete ? reported.Sum(a => a.Value!.Value) : null;
            return Dto(target, total, total?.ToString(CultureInfo.InvariantCulture), target.Judge(total, null, !complete, null));
        }

        // One owner: its actual is the figure of record; several owners each have theirs (in actuals).
        var actual = indicator.Owners.Count == 1 ? indicator.Actuals.FirstOrDefault(a => a.Period == period) : null;
        return Dto(target, actual?.Value, actual?.Text, target.Judge(actual));
    }

    private static IndicatorTargetDto Dto(IndicatorTarget target, decimal? value, string? text, Attainment attainment) =>
        new(target.Year, target.Position, target.Text, target.Kind, target.Value, target.ReferenceYear, target.Tolerance, value, text, attainment);
}
