using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Tasks;
using FluentValidation;

namespace CrossRegion.Application.Tasks.ListItems;

public sealed class SetListFieldsCommandValidator : AbstractValidator<SetListFieldsCommand>
{
    public SetListFieldsCommandValidator()
    {
        RuleFor(c => c.Fields).NotEmpty().Must(f => f!.Count <= ListType.MaxColumns)
            .WithMessage(_ => Localized.Text("fields 须列出要设置的列（最多 32 个）。", "fields names the columns to set (at most 32)."));
        RuleForEach(c => c.Fields).Must(f => f.Value is null || f.Value.Length <= 4000)
            .WithMessage(_ => Localized.Text("列值最多 4000 个字符。", "A column's value is at most 4000 characters."));
    }
}

public sealed class RecordStageCommandValidator : AbstractValidator<RecordStageCommand>
{
    public RecordStageCommandValidator()
    {
        RuleFor(c => c.Stage).NotEmpty().OneOf<RecordStageCommand, TaskStage>();
        RuleFor(c => c.On).NotNull();
        RuleFor(c => c.Note).MaximumLength(500);
        RuleFor(c => c.OverrideReason).MaximumLength(300);
    }
}

public sealed class CarryOverCommandValidator : AbstractValidator<CarryOverCommand>
{
    public CarryOverCommandValidator()
    {
        RuleFor(c => c.ListYear).NotNull().InclusiveBetween(1949, 2100);
        RuleFor(c => c.Programme).MaximumLength(16);
        RuleFor(c => c.ListType).Must(ListTypeCodes.IsValid).When(c => c.ListType is not null)
            .WithMessage(_ => Localized.Text("list_type 须为清单类型代码。", "list_type is a list type code."));
        RuleFor(c => c.NewKey).Must(TaskKey.IsValid).When(c => c.NewKey is not null)
            .WithMessage(_ => Localized.Text("任务编号须为大写字母和数字，以短横线分组。", "Use upper-case letters and digits in dash-separated groups."));
        RuleFor(c => c.AnnualTarget).MaximumLength(4000);
    }
}
