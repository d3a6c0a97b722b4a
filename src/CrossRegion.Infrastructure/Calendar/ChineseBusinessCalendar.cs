using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using CrossRegion.Application.Common.Time;
using Microsoft.Extensions.Options;

namespace CrossRegion.Infrastructure.Calendar;

/// <summary>
/// The mainland working calendar: shipped data for 2023–2026 (cn-working-calendar.json, from the State Council's
/// yearly notices) merged with configured years. Years without data fall back to Monday–Friday.
/// </summary>
internal sealed class ChineseBusinessCalendar : IBusinessCalendar
{
    private readonly FrozenSet<DateOnly> _holidays;
    private readonly FrozenSet<DateOnly> _workdays;
    private readonly FrozenSet<int> _years;

    public ChineseBusinessCalendar(IOptions<BusinessCalendarOptions> options)
    {
        var years = Shipped();
        foreach (var (year, configured) in options.Value.Years)
        {
            years[year] = configured;
        }

        var holidays = new HashSet<DateOnly>();
        var workdays = new HashSet<DateOnly>();
        foreach (var (year, data) in years)
        {
            foreach (var entry in data.Holidays)
            {
                holidays.UnionWith(Days(entry, year));
            }

            foreach (var entry in data.Workdays)
            {
                workdays.UnionWith(Days(entry, year));
            }
        }

        _holidays = holidays.ToFrozenSet();
        _workdays = workdays.ToFrozenSet();
        _years = years.Keys.Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToFrozenSet();
    }

    public bool IsWorkingDay(DateOnly day) =>
        _workdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    public DateOnly AddWorkingDays(DateOnly day, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        while (workingDays > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                workingDays--;
            }
        }

        return day;
    }

    public int WorkingDaysBetween(DateOnly after, DateOnly through)
    {
        var count = 0;
        for (var day = after.AddDays(1); day <= through; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    public bool HasDataFor(int year) => _years.Contains(year);

    private static Dictionary<string, CalendarYear> Shipped()
    {
        var assembly = typeof(ChineseBusinessCalendar).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".cn-working-calendar.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("years").EnumerateObject().ToDictionary(
            year => year.Name,
            year => new CalendarYear
            {
                Holidays = year.Value.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()!).ToList(),
                Workdays = year.Value.GetProperty("workdays").EnumerateArray().Select(d => d.GetString()!).ToList(),
            });
    }

    /// <summary>"yyyy-MM-dd" or "yyyy-MM-dd/yyyy-MM-dd" (inclusive).</summary>
    private static IEnumerable<DateOnly> Days(string entry, string year)
    {
        var parts = entry.Split('/');
        if (parts.Length is < 1 or > 2
            || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || !DateOnly.TryParseExact(parts[^1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last)
            || last < first || (last.DayNumber - first.DayNumber) > 31)
        {
            throw new InvalidOperationException($"BusinessCalendar:Years:{year}: '{entry}' is not a date (yyyy-MM-dd) or a range of at most a month (yyyy-MM-dd/yyyy-MM-dd).");
        }

        for (var day = first; day <= last; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
