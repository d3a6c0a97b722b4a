using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Tasks;
using FluentValidation;

namespace CrossRegion.Application.Tasks.UpdateTask;

public sealed class UpdateTaskCommandValidator : AbstractValidator<UpdateTaskCommand>
{
    public UpdateTaskCommandValidator()
    {
        RuleFor(c => c.TitleZh).NotEmpty().MaximumLength(300).When(c => c.TitleZh is not null);
        RuleFor(c => c.TitleEn).NotEmpty().MaximumLength(300).When(c => c.TitleEn is not null);
        RuleFor(c => c.MainContent).NotEmpty().MaximumLength(8000).When(c => c.MainContent is not null);
        RuleFor(c => c.Remarks).MaximumLength(2000);
        RuleFor(c => c.Stage).OneOf<UpdateTaskCommand, TaskStage>();
        RuleFor(c => c.Period!.Text).NotEmpty().MaximumLength(64).When(c => c.Period is not null);
        RuleFor(c => c.ParentKey).MaximumLength(64);
        RuleForEach(c => c.AddAliases).NotEmpty().MaximumLength(300);
    }
}
