using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Tasks;
using FluentValidation;

namespace CrossRegion.Application.Tasks.CreateTask;

public sealed class CreateTaskCommandValidator : AbstractValidator<CreateTaskCommand>
{
    public CreateTaskCommandValidator()
    {
        RuleFor(c => c.Key).NotEmpty().Must(TaskKey.IsValid)
            .WithMessage(_ => Localized.Text("任务编号须为大写字母和数字，以短横线分组，如 WDK-2024-01。", "Use upper-case letters and digits in dash-separated groups, e.g. WDK-2024-01."));
        RuleFor(c => c.ListType).NotEmpty().Must(ListTypeCodes.IsValid)
            .WithMessage(_ => Localized.Text("list_type 须为清单类型代码（见 GET /api/v1/list-types），如 joint_key_task。", "list_type is a list type code (see GET /api/v1/list-types), e.g. joint_key_task."));
        RuleFor(c => c.Programme).NotEmpty().MaximumLength(16);
        RuleFor(c => c.Category).NotEmpty().MaximumLength(32);
        RuleFor(c => c.TitleZh).NotEmpty().MaximumLength(300);
        RuleFor(c => c.TitleEn).NotEmpty().MaximumLength(300);
        RuleFor(c => c.MainContent).NotEmpty().MaximumLength(8000);
        RuleFor(c => c.Stage).OneOf<CreateTaskCommand, TaskStage>();
        RuleFor(c => c.Period).NotNull();
        RuleFor(c => c.Period!.Text).NotEmpty().MaximumLength(64).When(c => c.Period is not null);
        RuleForEach(c => c.Aliases).NotEmpty().MaximumLength(300);
        RuleFor(c => c.Parties).NotEmpty();
        RuleForEach(c => c.Parties).SetValidator(new PartyInputValidator());
        RuleForEach(c => c.Targets).SetValidator(new TargetInputValidator());
        RuleForEach(c => c.Milestones).SetValidator(new MilestoneInputValidator());
    }
}

/// <summary>An annual target of a new task (the contract reads its required fields from here).</summary>
public sealed class TargetInputValidator : AbstractValidator<TargetInput>
{
    public TargetInputValidator()
    {
        RuleFor(t => t.Year).NotNull().InclusiveBetween(1949, 2100);
        RuleFor(t => t.Text).NotEmpty().MaximumLength(4000);
        RuleForEach(t => t.Measures).SetValidator(new MeasureInputValidator());
    }
}

/// <summary>A milestone of a new task (the contract reads its required fields from here).</summary>
public sealed class MilestoneInputValidator : AbstractValidator<MilestoneInput>
{
    public MilestoneInputValidator()
    {
        RuleFor(m => m.Title).NotEmpty().MaximumLength(500);
        RuleFor(m => m.DueDate).NotNull();
        RuleFor(m => m.DuePrecision).NotEmpty().OneOf<MilestoneInput, DatePrecision>();
    }
}
