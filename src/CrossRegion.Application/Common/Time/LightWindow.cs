using Microsoft.Extensions.Options;

namespace CrossRegion.Application.Common.Time;

/// <summary>Today and the last day of the yellow window, as the status lights of one request see them.</summary>
public sealed record LightWindow(DateOnly Today, DateOnly YellowUntil)
{
    public static LightWindow Of(TimeProvider time, IBusinessCalendar calendar, IOptions<StatusLightOptions> options)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(options);
        var today = ShanghaiClock.Today(time);
        return new LightWindow(today, calendar.AddWorkingDays(today, Math.Max(0, options.Value.YellowWithinWorkingDays)));
    }
}
