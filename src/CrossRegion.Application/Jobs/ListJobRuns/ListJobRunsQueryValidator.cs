using CrossRegion.Application.Common.Paging;
using FluentValidation;

namespace CrossRegion.Application.Jobs.ListJobRuns;

public sealed class ListJobRunsQueryValidator : AbstractValidator<ListJobRunsQuery>
{
    public ListJobRunsQueryValidator()
    {
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidTimeCursor();
    }
}
