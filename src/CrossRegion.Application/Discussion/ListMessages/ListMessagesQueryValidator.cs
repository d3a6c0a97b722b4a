using CrossRegion.Application.Common.Paging;
using FluentValidation;

namespace CrossRegion.Application.Discussion.ListMessages;

public sealed class ListMessagesQueryValidator : AbstractValidator<ListMessagesQuery>
{
    public ListMessagesQueryValidator()
    {
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidTimeCursor();
    }
}
