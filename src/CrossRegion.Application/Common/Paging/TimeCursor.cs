using System.Globalization;
using CrossRegion.Domain.Common;

namespace CrossRegion.Application.Common.Paging;

/// <summary>
/// The position in a newest-first list ordered by (instant, id): UUIDv7 ids alone are not ordered within one
/// millisecond, so the instant leads and the id only breaks ties.
/// </summary>
public readonly record struct TimeCursor(DateTimeOffset At, Guid Id)
{
    public string Encode() => Cursor.Encode($"{At.UtcTicks.ToString(CultureInfo.InvariantCulture)}_{Id}");

    public static bool TryDecode(string? cursor, out TimeCursor position)
    {
        position = default;
        if (!Cursor.TryDecode(cursor, out var text) || text.Split('_') is not [var ticks, var id]
            || !long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks)
            || utcTicks < DateTimeOffset.MinValue.UtcTicks || utcTicks > DateTimeOffset.MaxValue.UtcTicks
            || !Guid.TryParse(id, out var guid))
        {
            return false;
        }

        position = new TimeCursor(new DateTimeOffset(utcTicks, TimeSpan.Zero), guid);
        return true;
    }
}

/// <summary>Keyset paging newest first by (when recorded, id), the cursor a <see cref="TimeCursor"/>.</summary>
public static class NewestFirst
{
    /// <summary>The rows after the cursor, newest first: one more than <paramref name="limit"/>, so the page knows whether more follow.</summary>
    public static IQueryable<T> Page<T>(IQueryable<T> rows, string? cursor, int limit)
        where T : class, IRecordedRow
    {
        if (TimeCursor.TryDecode(cursor, out var position))
        {
            var (at, id) = (position.At, position.Id);
            rows = rows.Where(r => r.CreatedAt < at || (r.CreatedAt == at && r.Id.CompareTo(id) < 0));
        }

        return rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(limit + 1);
    }
}
