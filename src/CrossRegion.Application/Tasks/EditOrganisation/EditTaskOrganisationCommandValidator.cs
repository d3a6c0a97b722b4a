using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Tasks;
using FluentValidation;

namespace CrossRegion.Application.Tasks.EditOrganisation;

public sealed class EditTaskOrganisationCommandValidator : AbstractValidator<EditTaskOrganisationCommand>
{
    public EditTaskOrganisationCommandValidator()
    {
        RuleFor(c => c.Organisation).NotEmpty().MaximumLength(32);
        RuleFor(c => c.Relation).NotEmpty().OneOf<EditTaskOrganisationCommand, OrganisationRelation>();
    }
}
