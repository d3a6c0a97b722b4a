using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Organisations.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Organisations.ListOrganisations;

public sealed class ListOrganisationsQueryHandler(IAppDbContext db) : IRequestHandler<ListOrganisationsQuery, IReadOnlyList<OrganisationDto>>
{
    public async Task<IReadOnlyList<OrganisationDto>> Handle(ListOrganisationsQuery request, CancellationToken cancellationToken) =>
        await db.Organisations.AsNoTracking()
            .OrderBy(o => o.Kind).ThenBy(o => o.Code)
            .Select(o => new OrganisationDto(o.Code, o.NameZh, o.NameEn, o.Kind))
            .ToListAsync(cancellationToken);
}
