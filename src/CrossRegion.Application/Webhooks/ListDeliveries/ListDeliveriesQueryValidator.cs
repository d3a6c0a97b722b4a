using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Integration;
using FluentValidation;

namespace CrossRegion.Application.Webhooks.ListDeliveries;

public sealed class ListDeliveriesQueryValidator : AbstractValidator<ListDeliveriesQuery>
{
    public ListDeliveriesQueryValidator()
    {
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidCursor(key => long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _));
        RuleFor(q => q.Status).OneOf<ListDeliveriesQuery, WebhookDeliveryStatus>();
    }
}
