namespace CrossRegion.Application.Common.Paging;

/// <summary>One page of a keyset-paginated list. <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, string? NextCursor);

public static class CursorPage
{
    /// <summary>Cuts a fetch of <paramref name="limit"/> + 1 rows to a page; the extra row says there is a next one.</summary>
    public static CursorPage<T> Of<T>(IReadOnlyList<T> rows, int limit, Func<T, string> keyOf)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(keyOf);
        var items = rows.Take(limit).ToList();
        return new CursorPage<T>(items, rows.Count > limit ? Cursor.Encode(keyOf(items[^1])) : null);
    }

    /// <summary>The same for lists ordered newest first by (instant, id).</summary>
    public static CursorPage<T> Of<T>(IReadOnlyList<T> rows, int limit, Func<T, TimeCursor> positionOf)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(positionOf);
        var items = rows.Take(limit).ToList();
        return new CursorPage<T>(items, rows.Count > limit ? positionOf(items[^1]).Encode() : null);
    }
}
