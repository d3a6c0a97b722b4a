using FluentValidation;

namespace CrossRegion.Application.Tasks.ChangeTaskStatus;

public sealed class ChangeTaskStatusCommandValidator : AbstractValidator<ChangeTaskStatusCommand>
{
    public ChangeTaskStatusCommandValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Action is not (TaskStatusAction.Close or TaskStatusAction.Accept));
        RuleFor(c => c.Reason).MaximumLength(2000);
    }
}
