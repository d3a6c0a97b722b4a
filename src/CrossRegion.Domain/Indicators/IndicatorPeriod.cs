using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossRegion.Domain.Indicators;

/// <summary>
/// The periods an indicator is reported for, as its frequency says: a year ("2024"), a quarter ("2024-Q3") or a month
/// ("2024-07"); the year's figure, which its target is judged on, may be reported whatever the frequency, a quarter's
/// for a quarterly or monthly indicator. A period's figure is due by the end of the month after it ends (a year's by 31 January), as the
/// statistics come in; the light of a year's target follows the milestone rule against that date.
/// </summary>
public static partial class IndicatorPeriod
{
    /// <summary>The period's first and last day, when <paramref name="period"/> is written as the frequency says.</summary>
    public static bool TryRead(string? period, IndicatorFrequency frequency, out DateOnly first, out DateOnly last)
    {
        (first, last) = (default, default);
        var match = period is null ? Match.Empty : Written().Match(period);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 1949 or > 2100)
        {
            return false;
        }

        switch (frequency)
        {
            case var _ when !match.Groups["quarter"].Success && !match.Groups["month"].Success:
                (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
                return true;
            case IndicatorFrequency.Quarterly or IndicatorFrequency.Monthly when match.Groups["quarter"].Success:
                var quarter = int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture);
                first = new DateOnly(year, (quarter * 3) - 2, 1);
                last = first.AddMonths(3).AddDays(-1);
                return true;
            case IndicatorFrequency.Monthly when match.Groups["month"].Success:
                var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
                first = new DateOnly(year, month, 1);
                last = first.AddMonths(1).AddDays(-1);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The last day of the month after the period ends.</summary>
    public static DateOnly DueOn(DateOnly last)
    {
        var next = new DateOnly(last.Year, last.Month, 1).AddMonths(2);
        return next.AddDays(-1);
    }

    /// <summary>How a period of the frequency is written, for messages.</summary>
    public static string Pattern(IndicatorFrequency frequency) => frequency switch
    {
        IndicatorFrequency.Quarterly => "yyyy or yyyy-Qn",
        IndicatorFrequency.Monthly => "yyyy, yyyy-Qn or yyyy-MM",
        _ => "yyyy",
    };

    [GeneratedRegex(@"^(?<year>\d{4})(?:-Q(?<quarter>[1-4])|-(?<month>0[1-9]|1[0-2]))?$")]
    private static partial Regex Written();
}
