using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Domain.Indicators;
using FluentValidation;

namespace CrossRegion.Application.Indicators.ListIndicators;

public sealed class ListIndicatorsQueryValidator : AbstractValidator<ListIndicatorsQuery>
{
    public ListIndicatorsQueryValidator()
    {
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidCursor();
        RuleFor(q => q.Jurisdiction).KnownJurisdiction();
        RuleFor(q => q.Programme).MaximumLength(16);
        RuleFor(q => q.Year).InclusiveBetween(1949, 2100);
        RuleFor(q => q.Attribute).Must(a => EnumText.TryParse<IndicatorAttribute>(a, out _)).When(q => q.Attribute is not null)
            .WithMessage(_ => Localized.Text("attribute 须为 binding（约束性）或 expected（预期性）。", "attribute must be binding (约束性) or expected (预期性)."));
    }
}
