using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossRegion.Application.Bulletins.Common;

/// <summary>A bulletin's period: a quarter (2026-Q3), a month (2026-11) or a year (2026).</summary>
public static partial class BulletinPeriod
{
    public static bool TryParse(string? text, out DateOnly from, out DateOnly through)
    {
        (from, through) = (default, default);
        var match = text is null ? Match.Empty : Shape().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return false;
        }

        if (match.Groups["q"].Success)
        {
            from = new DateOnly(year, ((match.Groups["q"].Value[0] - '1') * 3) + 1, 1);
            through = from.AddMonths(3).AddDays(-1);
        }
        else if (match.Groups["m"].Success)
        {
            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return false;
            }

            from = new DateOnly(year, month, 1);
            through = from.AddMonths(1).AddDays(-1);
        }
        else
        {
            from = new DateOnly(year, 1, 1);
            through = new DateOnly(year, 12, 31);
        }

        return true;
    }

    /// <summary>The quarter before the one <paramref name="today"/> is in: what the quarterly job reports on.</summary>
    public static string PreviousQuarter(DateOnly today)
    {
        var first = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1).AddMonths(-3);
        return $"{first.Year}-Q{((first.Month - 1) / 3) + 1}";
    }

    [GeneratedRegex(@"^(?<y>\d{4})(-Q(?<q>[1-4])|-(?<m>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
