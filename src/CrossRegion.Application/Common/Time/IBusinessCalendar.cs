namespace CrossRegion.Application.Common.Time;

/// <summary>
/// Working days in mainland China (Asia/Shanghai): Monday to Friday, less statutory holidays, plus the weekend days
/// made working days by 调休. Windows for reminders, escalation and status lights count these days.
/// </summary>
public interface IBusinessCalendar
{
    bool IsWorkingDay(DateOnly day);

    /// <summary>The day <paramref name="workingDays"/> working days after <paramref name="day"/> (0: the day itself).</summary>
    DateOnly AddWorkingDays(DateOnly day, int workingDays);

    /// <summary>Working days in (<paramref name="after"/>, <paramref name="through"/>]; 0 when <paramref name="through"/> is not later.</summary>
    int WorkingDaysBetween(DateOnly after, DateOnly through);

    /// <summary>Whether the year's holidays are known (shipped data or configuration); otherwise only weekends count.</summary>
    bool HasDataFor(int year);
}
