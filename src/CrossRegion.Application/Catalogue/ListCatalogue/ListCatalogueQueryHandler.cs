using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Catalogue.ListCatalogue;

public sealed class ListCatalogueQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ListCatalogueQuery, CatalogueDto>
{
    public async Task<CatalogueDto> Handle(ListCatalogueQuery request, CancellationToken cancellationToken)
    {
        var programmes = await db.Programmes.AsNoTracking().VisibleTo(caller).OrderBy(p => p.OwnerJurisdiction != null).ThenBy(p => p.Code)
            .Select(p => new NamedCodeDto(p.Code, p.NameZh, p.NameEn, null, p.OwnerJurisdiction)).ToListAsync(cancellationToken);
        var codes = programmes.Select(p => p.Code).ToList();
        var listTypes = (await db.ListTypes.AsNoTracking().Where(l => codes.Contains(l.ProgrammeCode)).OrderBy(l => l.SortOrder).ToListAsync(cancellationToken))
            .DistinctBy(l => l.Code).Select(l => new NamedCodeDto(l.Code, l.NameZh, l.NameEn)).ToList();
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Scheme != Category.PillarScheme).ThenBy(c => c.Scheme).ThenBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new NamedCodeDto(c.Code, c.NameZh, c.NameEn, c.Scheme, null)).ToListAsync(cancellationToken);
        return new CatalogueDto(programmes, categories, listTypes);
    }
}
