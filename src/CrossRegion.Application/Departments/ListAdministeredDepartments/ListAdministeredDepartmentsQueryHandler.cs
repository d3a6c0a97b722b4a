using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Departments.Common;
using CrossRegion.Domain.Jurisdictions;
using MediatR;

namespace CrossRegion.Application.Departments.ListAdministeredDepartments;

public sealed class ListAdministeredDepartmentsQueryHandler(IAppDbContext db, ICurrentUser caller)
    : IRequestHandler<ListAdministeredDepartmentsQuery, IReadOnlyList<DepartmentDto>>
{
    public Task<IReadOnlyList<DepartmentDto>> Handle(ListAdministeredDepartmentsQuery request, CancellationToken cancellationToken)
    {
        var cities = JurisdictionCodes.All.Where(caller.AdministersCity)
            .Where(c => request.Jurisdiction == null || c == request.Jurisdiction).ToList();
        return DepartmentDirectory.ListAsync(db, d => cities.Contains(d.JurisdictionCode), cancellationToken);
    }
}
