using CrossRegion.Application.Departments.Common;
using FluentValidation;

namespace CrossRegion.Application.Departments.UpdateDepartment;

public sealed class UpdateDepartmentCommandValidator : AbstractValidator<UpdateDepartmentCommand>
{
    public UpdateDepartmentCommandValidator()
    {
        RuleFor(c => c.NameZh).NotEmpty().MaximumLength(128).When(c => c.NameZh is not null);
        RuleFor(c => c.NameEn).NotEmpty().MaximumLength(128).When(c => c.NameEn is not null);
        RuleFor(c => c.Function).KnownFunction();
        RuleFor(c => c.Kind).KnownKind();
        RuleFor(c => c.Parent).MaximumLength(48);
        RuleFor(c => c.Aliases).ValidAliases();
    }
}
