using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;
using FluentValidation;

namespace CrossRegion.Application.Tasks.Pipeline;

public sealed class AddPreparationItemCommandValidator : AbstractValidator<AddPreparationItemCommand>
{
    public AddPreparationItemCommandValidator()
    {
        RuleFor(c => c.Kind).NotEmpty().OneOf<AddPreparationItemCommand, PreparationKind>();
        RuleFor(c => c.Name).NotEmpty().When(c => c.Kind == "other")
            .WithMessage(_ => Localized.Text("“其他”类前期事项须填写名称。", "An item of kind 'other' needs a name."));
        RuleFor(c => c.Name).MaximumLength(100);
        RuleFor(c => c.Party).NotEmpty().KnownJurisdiction();
    }
}

public sealed class SetPreparationItemCommandValidator : AbstractValidator<SetPreparationItemCommand>
{
    public SetPreparationItemCommandValidator()
    {
        RuleFor(c => c.State).NotEmpty().OneOf<SetPreparationItemCommand, PreparationState>();
        RuleFor(c => c.On).NotNull().When(c => c.State == "approved")
            .WithMessage(_ => Localized.Text("已批复的事项须填写批复日期。", "An approved item needs the day it was approved."));
        RuleFor(c => c.Note).NotEmpty().When(c => c.State == "not_needed")
            .WithMessage(_ => Localized.Text("标为无需办理时须说明理由。", "Say why the item is not needed."));
        RuleFor(c => c.Document).MaximumLength(200);
        RuleFor(c => c.Note).MaximumLength(500);
    }
}

public sealed class PledgeCommandValidator : AbstractValidator<PledgeCommand>
{
    public PledgeCommandValidator()
    {
        RuleFor(c => c.Pledged).GreaterThanOrEqualTo(0).LessThan(1_000_000_000m).When(c => c.Pledged is not null);
    }
}

public sealed class RecordSpendCommandValidator : AbstractValidator<RecordSpendCommand>
{
    public RecordSpendCommandValidator()
    {
        RuleFor(c => c.Period).NotEmpty().Must(p => ReportPeriod.TryParse(p, out _)).When(c => c.Period is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Localized.Text("period 须为年月，格式 yyyy-MM。", "period is a month written yyyy-MM."));
        RuleFor(c => c.Amount).NotNull().GreaterThanOrEqualTo(0).LessThan(1_000_000_000m);
        RuleFor(c => c.Note).MaximumLength(500);
    }
}
