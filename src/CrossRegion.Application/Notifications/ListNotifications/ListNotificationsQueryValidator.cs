using CrossRegion.Application.Common.Paging;
using FluentValidation;

namespace CrossRegion.Application.Notifications.ListNotifications;

public sealed class ListNotificationsQueryValidator : AbstractValidator<ListNotificationsQuery>
{
    public ListNotificationsQueryValidator()
    {
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidCursor(key => ListNotificationsQueryHandler.TryPosition(Cursor.Encode(key), out _, out _));
    }
}
