using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Departments.Common;
using FluentValidation;

namespace CrossRegion.Application.Departments.CreateDepartment;

public sealed class CreateDepartmentCommandValidator : AbstractValidator<CreateDepartmentCommand>
{
    public CreateDepartmentCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(48).Matches("^[A-Z]{2}(-[A-Z0-9]+)+$")
            .WithMessage(_ => Localized.Text("code 须为地区代码加大写分组，如 YY-TRANSPORT。", "code is the city's code and upper-case groups, e.g. YY-TRANSPORT."));
        RuleFor(c => c.Jurisdiction).NotEmpty().KnownJurisdiction();
        RuleFor(c => c.NameZh).NotEmpty().MaximumLength(128);
        RuleFor(c => c.NameEn).NotEmpty().MaximumLength(128);
        RuleFor(c => c.Function).NotEmpty().KnownFunction();
        RuleFor(c => c.Kind).KnownKind();
        RuleFor(c => c.Parent).MaximumLength(48);
        RuleFor(c => c.Aliases).ValidAliases();
    }
}
