using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Reporting;
using FluentValidation;

namespace CrossRegion.Application.Reports.SubmitReport;

public sealed class SubmitReportCommandValidator : AbstractValidator<SubmitReportCommand>
{
    public SubmitReportCommandValidator()
    {
        RuleFor(c => c.Period).NotEmpty().Must(p => ReportPeriod.TryParse(p, out _)).When(c => c.Period is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Localized.Text("period 须为年月，格式 yyyy-MM，例如 2024-05。", "period must be a month written yyyy-MM, e.g. 2024-05."));
        RuleFor(c => c.Narrative).NotEmpty().MaximumLength(8000);
        RuleFor(c => c.ProgressPercent).InclusiveBetween(0m, 100m);
        RuleFor(c => c.Status).NotEmpty().OneOf<SubmitReportCommand, ReportStatus>();
        RuleFor(c => c.StatusReason).NotEmpty().When(c => c.Status is not null && c.Status != EnumText.ToText(ReportStatus.OnTrack))
            .WithMessage(_ => Localized.Text("状态为有风险或受阻时须说明原因。", "Say why when the status is at_risk or blocked."));
        RuleFor(c => c.StatusReason).MaximumLength(2000);
        RuleFor(c => c.Values).Must(v => v is null || v.Count <= 50);
        RuleForEach(c => c.Values).ChildRules(value =>
        {
            value.RuleFor(v => v.MeasureId).NotEmpty();
            value.RuleFor(v => v.Value).NotNull().GreaterThanOrEqualTo(0m);
            value.RuleFor(v => v.Unit).NotEmpty().MaximumLength(16);
        });
    }
}
