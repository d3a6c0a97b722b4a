using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Jurisdictions;
using FluentValidation;

namespace CrossRegion.Application.Milestones.SignOff;

public sealed class SignOffMilestoneCommandValidator : AbstractValidator<SignOffMilestoneCommand>
{
    public SignOffMilestoneCommandValidator()
    {
        RuleFor(c => c.Text).NotEmpty().MaximumLength(2000).When(c => c.Action == MilestoneAction.Confirm).OverridePropertyName("evidence");
        RuleFor(c => c.Text).NotEmpty().MaximumLength(2000).When(c => c.Action != MilestoneAction.Confirm).OverridePropertyName("reason");
        // Shown as a link to every party: javascript:, data:, file: or vbscript: would run or open something else.
        RuleFor(c => c.Link).MaximumLength(500)
            .Must(link => link is null || (Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            .WithMessage(_ => Localized.Text("link 须为 http 或 https 的绝对地址。", "link must be an absolute http or https URL."));
        RuleFor(c => c.Jurisdiction).Must(JurisdictionCodes.IsKnown).When(c => c.Action == MilestoneAction.Waive);
    }
}
