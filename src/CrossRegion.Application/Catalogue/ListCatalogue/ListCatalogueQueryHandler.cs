using CrossRegion.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Catalogue.ListCatalogue;

public sealed class ListCatalogueQueryHandler(IAppDbContext db) : IRequestHandler<ListCatalogueQuery, CatalogueDto>
{
    public async Task<CatalogueDto> Handle(ListCatalogueQuery request, CancellationToken cancellationToken) => new(
        await db.Programmes.AsNoTracking().OrderBy(p => p.Code).Select(p => new NamedCodeDto(p.Code, p.NameZh, p.NameEn)).ToListAsync(cancellationToken),
        await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Code).Select(c => new NamedCodeDto(c.Code, c.NameZh, c.NameEn)).ToListAsync(cancellationToken));
}
