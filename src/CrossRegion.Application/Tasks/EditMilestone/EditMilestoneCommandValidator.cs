using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Domain.Tasks;
using FluentValidation;

namespace CrossRegion.Application.Tasks.EditMilestone;

public sealed class EditMilestoneCommandValidator : AbstractValidator<EditMilestoneCommand>
{
    public EditMilestoneCommandValidator()
    {
        When(c => c.Action == EditAction.Add, () =>
        {
            RuleFor(c => c.Title).NotEmpty();
            RuleFor(c => c.DueDate).NotNull();
            RuleFor(c => c.DuePrecision).NotEmpty();
        });
        RuleFor(c => c.Title).MaximumLength(500);
        RuleFor(c => c.TitleEn).MaximumLength(500);
        RuleFor(c => c.DuePrecision).OneOf<EditMilestoneCommand, DatePrecision>();
        RuleForEach(c => c.Owners).NotEmpty().KnownJurisdiction();
    }
}
