using CrossRegion.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.JointOffices.ListJointOffices;

public sealed class ListJointOfficesQueryHandler(IAppDbContext db) : IRequestHandler<ListJointOfficesQuery, IReadOnlyList<JointOfficeDto>>
{
    public async Task<IReadOnlyList<JointOfficeDto>> Handle(ListJointOfficesQuery request, CancellationToken cancellationToken) =>
        (await db.JointOffices.AsNoTracking().OrderBy(o => o.Code).ToListAsync(cancellationToken))
            .Select(o => new JointOfficeDto(o.Code, o.NameZh, o.NameEn, o.Programmes.Select(p => p.ProgrammeCode).Order(StringComparer.Ordinal).ToList()))
            .ToList();
}
