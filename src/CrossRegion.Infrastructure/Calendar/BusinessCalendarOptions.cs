namespace CrossRegion.Infrastructure.Calendar;

/// <summary>
/// Years beyond the shipped data (or corrections to it), from configuration once the State Council publishes them:
/// <c>BusinessCalendar:Years:2027:Holidays:0 = 2027-01-01</c>, ranges as <c>2027-02-05/2027-02-12</c>,
/// <c>BusinessCalendar:Years:2027:Workdays:0 = 2027-02-14</c>. A configured year replaces the shipped one.
/// </summary>
public sealed class BusinessCalendarOptions
{
    public const string SectionName = "BusinessCalendar";

    public Dictionary<string, CalendarYear> Years { get; init; } = [];
}

public sealed class CalendarYear
{
    public List<string> Holidays { get; init; } = [];
    public List<string> Workdays { get; init; } = [];
}
