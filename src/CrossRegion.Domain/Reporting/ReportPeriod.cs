using System.Globalization;
using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Reporting;

/// <summary>The month a progress report (月调度) covers, written "yyyy-MM" so that text order is time order.</summary>
public static class ReportPeriod
{
    public static bool TryParse(string? text, out DateOnly firstDay)
    {
        firstDay = default;
        return text is { Length: 7 }
            && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay)
            && firstDay.Year is >= 2000 and <= 2100;
    }

    public static string Format(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The period, checked: a month that has begun (Asia/Shanghai), never a future one.</summary>
    public static string Validate(string? text, DateOnly today)
    {
        if (!TryParse(text, out var first))
        {
            throw new DomainRuleException("report.period", $"报送期“{text}”须为年月，格式 yyyy-MM。", $"The period '{text}' is not a month written yyyy-MM.");
        }

        return first > today
            ? throw new DomainRuleException("report.period_future", $"报送期 {text} 尚未开始，只能报送本月或以前的月份。", $"The period {text} has not begun; report on this month or an earlier one.")
            : Format(first);
    }
}
