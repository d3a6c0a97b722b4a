using System.Globalization;
using CrossRegion.Application.Common.Paging;
using FluentValidation;

namespace CrossRegion.Application.Changes.ListChanges;

public sealed class ListChangesQueryValidator : AbstractValidator<ListChangesQuery>
{
    public ListChangesQueryValidator()
    {
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidCursor(key => long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out _));
    }

    internal static long? PositionOf(string? cursor) =>
        Cursor.TryDecode(cursor, out var key) && long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position
            : null;
}
