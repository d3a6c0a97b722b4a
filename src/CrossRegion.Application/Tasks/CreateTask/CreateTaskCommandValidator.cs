using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;
using FluentValidation;

namespace CrossRegion.Application.Tasks.CreateTask;

public sealed class CreateTaskCommandValidator : AbstractValidator<CreateTaskCommand>
{
    public CreateTaskCommandValidator()
    {
        RuleFor(c => c.Key).NotEmpty().Must(TaskKey.IsValid)
            .WithMessage(_ => Localized.Text("任务编号须为大写字母和数字，以短横线分组，如 WDK-2024-01。", "Use upper-case letters and digits in dash-separated groups, e.g. WDK-2024-01."));
        RuleFor(c => c.ListType).NotEmpty().Must(OneOf<TaskListType>).WithMessage(_ => Choices<TaskListType>());
        RuleFor(c => c.Programme).NotEmpty().MaximumLength(16);
        RuleFor(c => c.Category).NotEmpty().MaximumLength(32);
        RuleFor(c => c.TitleZh).NotEmpty().MaximumLength(300);
        RuleFor(c => c.TitleEn).NotEmpty().MaximumLength(300);
        RuleFor(c => c.MainContent).NotEmpty().MaximumLength(8000);
        RuleFor(c => c.Stage).Must(OneOf<TaskStage>).When(c => c.Stage is not null).WithMessage(_ => Choices<TaskStage>());
        RuleFor(c => c.Period).NotNull();
        RuleFor(c => c.Period!.Text).NotEmpty().MaximumLength(64).When(c => c.Period is not null);
        RuleForEach(c => c.Aliases).NotEmpty().MaximumLength(300);
        RuleFor(c => c.Parties).NotEmpty();
        RuleForEach(c => c.Parties).ChildRules(party =>
        {
            party.RuleFor(p => p.Jurisdiction).Must(JurisdictionCodes.IsKnown).WithMessage(_ => Jurisdictions());
            party.RuleFor(p => p.Role).NotEmpty().Must(OneOf<PartyRole>).WithMessage(_ => Choices<PartyRole>());
            party.RuleFor(p => p.Share).MaximumLength(2000);
        });
        RuleForEach(c => c.Targets).ChildRules(target =>
        {
            target.RuleFor(t => t.Year).NotNull().InclusiveBetween(1949, 2100);
            target.RuleFor(t => t.Text).NotEmpty().MaximumLength(4000);
            target.RuleForEach(t => t.Measures).ChildRules(measure =>
            {
                measure.RuleFor(m => m.Metric).NotEmpty().MaximumLength(128);
                measure.RuleFor(m => m.Comparator).NotEmpty().Must(OneOf<MeasureComparator>).WithMessage(_ => Choices<MeasureComparator>());
                measure.RuleFor(m => m.Value).NotNull();
                measure.RuleFor(m => m.Unit).NotEmpty().MaximumLength(16);
                measure.RuleFor(m => m.Jurisdiction).Must(JurisdictionCodes.IsKnown).When(m => m.Jurisdiction is not null)
                    .WithMessage(_ => Jurisdictions());
            });
        });
        RuleForEach(c => c.Milestones).ChildRules(milestone =>
        {
            milestone.RuleFor(m => m.Title).NotEmpty().MaximumLength(500);
            milestone.RuleFor(m => m.DueDate).NotNull();
            milestone.RuleFor(m => m.DuePrecision).NotEmpty().Must(OneOf<DatePrecision>).WithMessage(_ => Choices<DatePrecision>());
        });
    }

    private static bool OneOf<T>(string? text)
        where T : struct, Enum => EnumText.TryParse<T>(text, out _);

    private static string Choices<T>()
        where T : struct, Enum => Localized.Text($"取值须为：{EnumText.Choices<T>()}。", $"Must be one of {EnumText.Choices<T>()}.");

    private static string Jurisdictions() =>
        Localized.Text($"取值须为：{string.Join(", ", JurisdictionCodes.All)}。", $"Must be one of {string.Join(", ", JurisdictionCodes.All)}.");
}
