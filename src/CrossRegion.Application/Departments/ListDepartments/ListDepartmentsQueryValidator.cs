using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Departments;
using FluentValidation;

namespace CrossRegion.Application.Departments.ListDepartments;

public sealed class ListDepartmentsQueryValidator : AbstractValidator<ListDepartmentsQuery>
{
    public ListDepartmentsQueryValidator()
    {
        RuleFor(q => q.Jurisdiction).KnownJurisdiction();
        RuleFor(q => q.Function).Must(DepartmentFunctions.IsKnown).When(q => q.Function is not null)
            .WithMessage(_ => Localized.Text($"取值须为：{string.Join(", ", DepartmentFunctions.All)}。", $"Must be one of {string.Join(", ", DepartmentFunctions.All)}."));
    }
}
