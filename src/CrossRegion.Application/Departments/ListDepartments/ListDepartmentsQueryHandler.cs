using CrossRegion.Application.Common.Interfaces;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Departments.ListDepartments;

public sealed class ListDepartmentsQueryHandler(IAppDbContext db)
    : IRequestHandler<ListDepartmentsQuery, IReadOnlyList<DepartmentDto>>
{
    public async Task<IReadOnlyList<DepartmentDto>> Handle(ListDepartmentsQuery request, CancellationToken cancellationToken)
    {
        var query = db.Departments.AsNoTracking();
        if (request.Jurisdiction is { } jurisdiction)
        {
            query = query.Where(d => d.JurisdictionCode == jurisdiction);
        }

        if (request.Function is { } function)
        {
            query = query.Where(d => d.FunctionCode == function);
        }

        return await query
            .OrderBy(d => d.JurisdictionCode).ThenBy(d => d.Code)
            .Select(d => new DepartmentDto(d.Code, d.JurisdictionCode, d.NameZh, d.NameEn, d.FunctionCode))
            .ToListAsync(cancellationToken);
    }
}
