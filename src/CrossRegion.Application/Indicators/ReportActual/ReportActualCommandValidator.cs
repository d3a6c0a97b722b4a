using CrossRegion.Application.Common.Text;
using FluentValidation;

namespace CrossRegion.Application.Indicators.ReportActual;

public sealed class ReportActualCommandValidator : AbstractValidator<ReportActualCommand>
{
    public ReportActualCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(32);
        RuleFor(c => c.Period).NotEmpty().MaximumLength(8);
        RuleFor(c => c.Jurisdiction).KnownJurisdiction();
        RuleFor(c => c.Text).MaximumLength(200);
        RuleFor(c => c.Value).InclusiveBetween(-1_000_000_000_000m, 1_000_000_000_000m);
        RuleFor(c => c.Text).NotEmpty().When(c => !c.Pending && c.Value is null && c.Met is null)
            .WithMessage(_ => Localized.Text("请填写实际值（value）或完成情况（text）。", "Give the figure (value) or the words it is reported in (text)."));
        RuleFor(c => c.Value).Null().When(c => c.Pending)
            .WithMessage(_ => Localized.Text("暂未反馈（pending）时不能同时填写实际值。", "A pending actual (not in yet) has no figure."));
        RuleFor(c => c.Met).Null().When(c => c.Pending)
            .WithMessage(_ => Localized.Text("暂未反馈（pending）时不能说明是否完成。", "A pending actual (not in yet) cannot say whether it was met."));
        RuleFor(c => c.ExpectedRevision).GreaterThan(0);
    }
}
