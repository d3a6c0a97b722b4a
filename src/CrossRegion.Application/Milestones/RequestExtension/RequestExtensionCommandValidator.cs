using FluentValidation;

namespace CrossRegion.Application.Milestones.RequestExtension;

public sealed class RequestExtensionCommandValidator : AbstractValidator<RequestExtensionCommand>
{
    public RequestExtensionCommandValidator()
    {
        RuleFor(c => c.DueDate).NotNull();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000);
    }
}
