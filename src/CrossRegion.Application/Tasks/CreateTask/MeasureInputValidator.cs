using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Tasks;
using FluentValidation;

namespace CrossRegion.Application.Tasks.CreateTask;

/// <summary>A measure of an annual target, whether sent with a new task or added to one later.</summary>
public sealed class MeasureInputValidator : AbstractValidator<MeasureInput>
{
    public MeasureInputValidator()
    {
        RuleFor(m => m.Metric).NotEmpty().MaximumLength(128);
        RuleFor(m => m.MetricEn).MaximumLength(128);
        RuleFor(m => m.Comparator).NotEmpty().OneOf<MeasureInput, MeasureComparator>();
        RuleFor(m => m.Value).NotNull();
        RuleFor(m => m.Unit).NotEmpty().MaximumLength(16);
        RuleFor(m => m.Jurisdiction).KnownJurisdiction();
        RuleFor(m => m.SourceText).MaximumLength(256);
    }
}
