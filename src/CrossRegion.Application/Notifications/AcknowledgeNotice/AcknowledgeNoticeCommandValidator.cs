using FluentValidation;

namespace CrossRegion.Application.Notifications.AcknowledgeNotice;

public sealed class AcknowledgeNoticeCommandValidator : AbstractValidator<AcknowledgeNoticeCommand>
{
    public AcknowledgeNoticeCommandValidator()
    {
        RuleFor(c => c.Id).GreaterThan(0);
        RuleFor(c => c.Reason).MaximumLength(2000);
    }
}
