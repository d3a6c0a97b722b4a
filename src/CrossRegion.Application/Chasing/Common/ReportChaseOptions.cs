namespace CrossRegion.Application.Chasing.Common;

/// <summary>The monthly report (月调度) for a month is due on <see cref="DueDay"/> of the next month.</summary>
public sealed class ReportChaseOptions
{
    /// <summary>Off for a programme that does not collect monthly reports.</summary>
    public bool Enabled { get; set; } = true;

    public int DueDay { get; set; } = 5;

    /// <summary>Working days before the report's due day at which the party is reminded. Default 2.</summary>
    public List<int> ReminderWorkingDays { get; set; } = [];

    /// <summary>How many past months are chased for a missing report.</summary>
    public int LookbackMonths { get; set; } = 3;

    public IReadOnlyList<int> EffectiveReminderWorkingDays =>
        (ReminderWorkingDays.Count > 0 ? ReminderWorkingDays : [2]).Distinct().OrderDescending().ToList();
}
