using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.CreateTask;
using FluentValidation;

namespace CrossRegion.Application.Tasks.EditTarget;

public sealed class EditTargetCommandValidator : AbstractValidator<EditTargetCommand>
{
    public EditTargetCommandValidator()
    {
        RuleFor(c => c.Year).NotNull().InclusiveBetween(1949, 2100);
        RuleFor(c => c.Text).NotEmpty().When(c => c.Action == EditAction.Add);
        RuleFor(c => c.Text).MaximumLength(4000);
        RuleForEach(c => c.Measures).SetValidator(new MeasureInputValidator());
    }
}
