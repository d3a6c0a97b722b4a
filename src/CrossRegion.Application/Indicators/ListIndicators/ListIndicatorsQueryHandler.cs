using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Indicators.Common;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Indicators;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Indicators.ListIndicators;

public sealed class ListIndicatorsQueryHandler(IAppDbContext db, IndicatorReader reader) : IRequestHandler<ListIndicatorsQuery, CursorPage<IndicatorDto>>
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
        return new CursorPage<IndicatorDto>(await reader.ReadAsync(shown, cancellationToken), page.Count > limit ? Cursor.Encode(shown[^1].Code) : null);
    }
}
