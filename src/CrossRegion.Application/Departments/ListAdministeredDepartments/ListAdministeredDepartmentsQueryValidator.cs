using CrossRegion.Application.Common.Text;
using FluentValidation;

namespace CrossRegion.Application.Departments.ListAdministeredDepartments;

public sealed class ListAdministeredDepartmentsQueryValidator : AbstractValidator<ListAdministeredDepartmentsQuery>
{
    public ListAdministeredDepartmentsQueryValidator()
    {
        RuleFor(q => q.Jurisdiction).KnownJurisdiction();
    }
}
