using CrossRegion.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Jurisdictions.ListJurisdictions;

public sealed class ListJurisdictionsQueryHandler(IAppDbContext db)
    : IRequestHandler<ListJurisdictionsQuery, IReadOnlyList<JurisdictionDto>>
{
    public async Task<IReadOnlyList<JurisdictionDto>> Handle(ListJurisdictionsQuery request, CancellationToken cancellationToken)
    {
        var programmes = await db.Programmes.AsNoTracking().Include(p => p.Members).ToListAsync(cancellationToken);
        var jurisdictions = await db.Jurisdictions.AsNoTracking().OrderBy(j => j.SortOrder).ToListAsync(cancellationToken);
        return jurisdictions
            .Select(j => new JurisdictionDto(
                j.Code,
                j.NameZh,
                j.NameEn,
                j.ProvinceZh,
                j.ProvinceEn,
                j.Kind,
                programmes.Where(p => p.Includes(j.Code)).Select(p => p.Code).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }
}
