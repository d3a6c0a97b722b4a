using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Jurisdictions.ListJurisdictions;

public sealed class ListJurisdictionsQueryHandler(IAppDbContext db, ICurrentUser caller)
    : IRequestHandler<ListJurisdictionsQuery, IReadOnlyList<JurisdictionDto>>
{
    public async Task<IReadOnlyList<JurisdictionDto>> Handle(ListJurisdictionsQuery request, CancellationToken cancellationToken)
    {
        // A city's private programme is named to that city only (ADR 0019).
        var programmes = await db.Programmes.AsNoTracking().VisibleTo(caller).Include(p => p.Members).ToListAsync(cancellationToken);
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
