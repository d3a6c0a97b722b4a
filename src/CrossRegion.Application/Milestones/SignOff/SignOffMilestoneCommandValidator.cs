using CrossRegion.Domain.Jurisdictions;
using FluentValidation;

namespace CrossRegion.Application.Milestones.SignOff;

public sealed class SignOffMilestoneCommandValidator : AbstractValidator<SignOffMilestoneCommand>
{
    public SignOffMilestoneCommandValidator()
    {
        RuleFor(c => c.Text).NotEmpty().MaximumLength(2000).When(c => c.Action == MilestoneAction.Confirm).OverridePropertyName("evidence");
        RuleFor(c => c.Text).NotEmpty().MaximumLength(2000).When(c => c.Action != MilestoneAction.Confirm).OverridePropertyName("reason");
        RuleFor(c => c.Link).MaximumLength(500);
        RuleFor(c => c.Jurisdiction).Must(JurisdictionCodes.IsKnown).When(c => c.Action == MilestoneAction.Waive);
    }
}
