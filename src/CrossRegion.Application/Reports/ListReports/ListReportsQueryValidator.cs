using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Reporting;
using FluentValidation;

namespace CrossRegion.Application.Reports.ListReports;

public sealed class ListReportsQueryValidator : AbstractValidator<ListReportsQuery>
{
    public ListReportsQueryValidator()
    {
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidTimeCursor();
        RuleFor(q => q.Jurisdiction).KnownJurisdiction();
        RuleFor(q => q.Period).Must(p => p is null || ReportPeriod.TryParse(p, out _))
            .WithMessage(_ => Localized.Text("period 须为年月，格式 yyyy-MM。", "period must be a month written yyyy-MM."));
    }
}
