using CrossRegion.Infrastructure.Calendar;
using Microsoft.Extensions.Options;

namespace CrossRegion.UnitTests.Infrastructure;

public sealed class ChineseBusinessCalendarTests
{
    private static readonly ChineseBusinessCalendar Shipped = new(Options.Create(new BusinessCalendarOptions()));

    [Theory]
    [InlineData("2026-10-01", false)] // 国庆
    [InlineData("2026-10-10", true)] // Saturday made a working day (调休)
    [InlineData("2026-09-20", true)] // Sunday made a working day
    [InlineData("2024-02-18", true)]
    [InlineData("2024-02-16", false)] // 春节, a Friday
    [InlineData("2023-06-22", false)] // 端午
    [InlineData("2025-10-08", false)]
    [InlineData("2025-11-22", false)] // an ordinary Saturday
    [InlineData("2025-11-21", true)] // an ordinary Friday
    public void IsWorkingDay_Should_FollowTheStatutoryNotices(string day, bool working)
    {
        Assert.Equal(working, Shipped.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-09-30", 1, "2026-10-08")] // over the National Day week
    [InlineData("2026-10-09", 1, "2026-10-10")] // onto the make-up Saturday
    [InlineData("2024-02-08", 2, "2024-02-18")] // 除夕 (Friday) works, then the make-up Sunday after the holiday
    [InlineData("2025-11-21", 5, "2025-11-28")]
    [InlineData("2025-11-22", 0, "2025-11-22")]
    public void AddWorkingDays_Should_SkipHolidays_And_CountMakeUpDays(string from, int days, string expected)
    {
        Assert.Equal(Day(expected), Shipped.AddWorkingDays(Day(from), days));
    }

    [Fact]
    public void WorkingDaysBetween_Should_CountTheWorkingDaysAfterTheStartThroughTheEnd()
    {
        Assert.Equal(1, Shipped.WorkingDaysBetween(Day("2026-09-30"), Day("2026-10-08")));
        Assert.Equal(0, Shipped.WorkingDaysBetween(Day("2026-10-08"), Day("2026-10-01")));
        Assert.Equal(5, Shipped.WorkingDaysBetween(Day("2025-11-21"), Day("2025-11-28")));
    }

    [Fact]
    public void Configuration_Should_AddLaterYears_And_WeekendsAloneApplyToUnknownYears()
    {
        var configured = new ChineseBusinessCalendar(Options.Create(new BusinessCalendarOptions
        {
            Years = { ["2027"] = new CalendarYear { Holidays = ["2027-02-05/2027-02-11"], Workdays = ["2027-02-14"] } },
        }));

        Assert.True(configured.HasDataFor(2027));
        Assert.False(configured.IsWorkingDay(Day("2027-02-08")));
        Assert.True(configured.IsWorkingDay(Day("2027-02-14")));
        Assert.True(configured.HasDataFor(2026));
        Assert.False(Shipped.HasDataFor(2030));
        Assert.True(Shipped.IsWorkingDay(Day("2030-10-01")));
    }

    [Fact]
    public void Configuration_Should_RefuseAnEntryThatIsNotADate()
    {
        var options = Options.Create(new BusinessCalendarOptions { Years = { ["2027"] = new CalendarYear { Holidays = ["2027-13-01"] } } });

        var error = Assert.Throws<InvalidOperationException>(() => new ChineseBusinessCalendar(options));
        Assert.Contains("2027-13-01", error.Message, StringComparison.Ordinal);
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
