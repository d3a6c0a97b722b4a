using System.Globalization;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Chasing;
using FluentValidation;

namespace CrossRegion.Application.Notifications.ListNotices;

public sealed class ListNoticesQueryValidator : AbstractValidator<ListNoticesQuery>
{
    public ListNoticesQueryValidator()
    {
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidCursor(key => long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out _));
        RuleFor(q => q.Jurisdiction).KnownJurisdiction();
        RuleFor(q => q.Kind).OneOf<ListNoticesQuery, NoticeKind>();
        RuleFor(q => q.Subject).OneOf<ListNoticesQuery, NoticeSubject>();
        RuleFor(q => q.Level).OneOf<ListNoticesQuery, LadderLevel>();
    }
}
