using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Organisations;
using FluentValidation;

namespace CrossRegion.Application.Organisations.CreateOrganisation;

public sealed class CreateOrganisationCommandValidator : AbstractValidator<CreateOrganisationCommand>
{
    public CreateOrganisationCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(32).Matches("^[A-Z0-9]+(-[A-Z0-9]+)*$")
            .WithMessage(_ => Localized.Text("code 须为大写字母和数字的分组，如 SC-TRANSPORT。", "code is upper-case groups, e.g. SC-TRANSPORT."));
        RuleFor(c => c.NameZh).NotEmpty().MaximumLength(128);
        RuleFor(c => c.NameEn).NotEmpty().MaximumLength(128);
        RuleFor(c => c.Kind).NotEmpty().OneOf<CreateOrganisationCommand, OrganisationKind>();
    }
}
