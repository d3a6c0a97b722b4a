using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using FluentValidation;

namespace CrossRegion.Application.Tasks.GetTaskHistory;

public sealed class GetTaskHistoryQueryValidator : AbstractValidator<GetTaskHistoryQuery>
{
    public GetTaskHistoryQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit).When(q => q.Limit is not null);
        RuleFor(q => q.Cursor).Must(c => Cursor.TryDecode(c, out var s) && long.TryParse(s, out _)).When(q => q.Cursor is not null)
            .WithMessage(_ => Localized.Text("cursor 不是本接口签发的游标。", "cursor is not a cursor this API issued."));
    }
}
