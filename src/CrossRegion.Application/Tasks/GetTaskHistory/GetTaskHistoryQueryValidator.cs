using CrossRegion.Application.Common.Paging;
using FluentValidation;

namespace CrossRegion.Application.Tasks.GetTaskHistory;

public sealed class GetTaskHistoryQueryValidator : AbstractValidator<GetTaskHistoryQuery>
{
    public GetTaskHistoryQueryValidator()
    {
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidCursor(key => long.TryParse(key, out _));
    }
}
