using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Departments.Common;
using MediatR;

namespace CrossRegion.Application.Departments.ListDepartments;

public sealed class ListDepartmentsQueryHandler(IAppDbContext db)
    : IRequestHandler<ListDepartmentsQuery, IReadOnlyList<DepartmentDto>>
{
    public Task<IReadOnlyList<DepartmentDto>> Handle(ListDepartmentsQuery request, CancellationToken cancellationToken) =>
        DepartmentDirectory.ListAsync(
            db,
            d => (request.Jurisdiction == null || d.JurisdictionCode == request.Jurisdiction)
                && (request.Function == null || d.FunctionCode == request.Function)
                && (request.IncludeRetired || d.RetiredAt == null),
            cancellationToken);
}
