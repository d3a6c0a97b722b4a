using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Departments.Common;
using MediatR;

namespace CrossRegion.Application.Departments.ReinstateDepartment;

public sealed class ReinstateDepartmentCommandHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ReinstateDepartmentCommand, DepartmentDto>
{
    public async Task<DepartmentDto> Handle(ReinstateDepartmentCommand request, CancellationToken cancellationToken)
    {
        var department = await DepartmentDirectory.AdministeredAsync(db, caller, request.Code, cancellationToken);
        await DepartmentDirectory.EnsureNamesFreeAsync(db, department, cancellationToken);
        department.Reinstate();
        await db.SaveChangesAsync(cancellationToken);
        return await DepartmentDirectory.ShowAsync(db, department, cancellationToken);
    }
}
