using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Departments.Common;
using CrossRegion.Domain.Common;
using MediatR;

namespace CrossRegion.Application.Departments.UpdateDepartment;

public sealed class UpdateDepartmentCommandHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<UpdateDepartmentCommand, DepartmentDto>
{
    public async Task<DepartmentDto> Handle(UpdateDepartmentCommand request, CancellationToken cancellationToken)
    {
        var department = await DepartmentDirectory.AdministeredAsync(db, caller, request.Code, cancellationToken);
        if (request.NameZh is not null || request.NameEn is not null)
        {
            department.Rename(request.NameZh ?? department.NameZh, request.NameEn ?? department.NameEn);
        }

        if (request.Function is not null || request.Kind is not null)
        {
            department.Classify(request.Function ?? department.FunctionCode, request.Kind is null ? department.Kind : DepartmentRules.KindOf(request.Kind));
        }

        if (request.Aliases is not null)
        {
            department.SetAliases(request.Aliases);
        }

        if (request.Parent is not null)
        {
            if (department.IsRetired)
            {
                throw new DomainRuleException("department.retired", "已撤销的单位不能调整隶属关系。", "A retired unit is not moved.");
            }

            await DepartmentDirectory.MoveUnderAsync(db, department, request.Parent, cancellationToken);
        }

        await DepartmentDirectory.EnsureNamesFreeAsync(db, department, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await DepartmentDirectory.ShowAsync(db, department, cancellationToken);
    }
}
