using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Departments.Common;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Departments;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Departments.CreateDepartment;

public sealed class CreateDepartmentCommandHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<CreateDepartmentCommand, DepartmentDto>
{
    public async Task<DepartmentDto> Handle(CreateDepartmentCommand request, CancellationToken cancellationToken)
    {
        caller.EnsureAdministersCity(request.Jurisdiction!);
        if (await db.Departments.AnyAsync(d => d.Code == request.Code, cancellationToken))
        {
            throw new DomainRuleException("department.duplicate", $"单位代码“{request.Code}”已存在。", $"A unit with code '{request.Code}' exists.");
        }

        var department = Department.Create(
            request.Code!, request.Jurisdiction!, request.NameZh!, request.NameEn!, request.Function!, DepartmentRules.KindOf(request.Kind));
        department.SetAliases(request.Aliases ?? []);
        await DepartmentDirectory.MoveUnderAsync(db, department, request.Parent, cancellationToken);
        await DepartmentDirectory.EnsureNamesFreeAsync(db, department, cancellationToken);
        db.Departments.Add(department);
        await db.SaveChangesAsync(cancellationToken);
        return DepartmentDirectory.ToDto(department, string.IsNullOrWhiteSpace(request.Parent) ? null : request.Parent);
    }
}
