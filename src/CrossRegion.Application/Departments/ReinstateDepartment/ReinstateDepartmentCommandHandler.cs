using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Departments.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Departments.ReinstateDepartment;

public sealed class ReinstateDepartmentCommandHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ReinstateDepartmentCommand, DepartmentDto>
{
    public async Task<DepartmentDto> Handle(ReinstateDepartmentCommand request, CancellationToken cancellationToken)
    {
        var department = await DepartmentDirectory.AdministeredAsync(db, caller, request.Code, cancellationToken);
        await DepartmentDirectory.EnsureNamesFreeAsync(db, department, cancellationToken);
        department.Reinstate();
        await db.SaveChangesAsync(cancellationToken);
        var parent = department.ParentId is { } p ? await db.Departments.Where(d => d.Id == p).Select(d => d.Code).SingleAsync(cancellationToken) : null;
        return DepartmentDirectory.ToDto(department, parent);
    }
}
