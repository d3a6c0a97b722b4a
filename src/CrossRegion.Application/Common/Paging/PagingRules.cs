using CrossRegion.Application.Common.Text;
using FluentValidation;

namespace CrossRegion.Application.Common.Paging;

/// <summary>The checks every cursor-paged list makes on <c>limit</c> and <c>cursor</c>.</summary>
public static class PagingRules
{
    public static IRuleBuilderOptions<T, int?> ValidLimit<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(1, Cursor.MaxLimit);

    /// <summary>A cursor this API issued; <paramref name="fits"/> checks the key inside (e.g. that it is a number).</summary>
    public static IRuleBuilderOptions<T, string?> ValidCursor<T>(this IRuleBuilder<T, string?> rule, Func<string, bool>? fits = null) =>
        rule.Must(c => c is null || (Cursor.TryDecode(c, out var key) && (fits is null || fits(key)))).WithMessage(_ => NotOurs());

    /// <summary>A cursor of a newest-first list ordered by (instant, id).</summary>
    public static IRuleBuilderOptions<T, string?> ValidTimeCursor<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(c => c is null || TimeCursor.TryDecode(c, out _)).WithMessage(_ => NotOurs());

    private static string NotOurs() => Localized.Text("cursor 不是本接口签发的游标。", "cursor is not a cursor this API issued.");
}
