namespace CrossRegion.Application.Chasing.Common;

/// <summary>What one chase issued; <see cref="Skipped"/> on a day that is not a working day.</summary>
public sealed record ChaseResult(DateOnly Today, bool Skipped, int Reminders, int Notices, int Escalations)
{
    public string Summary => Skipped
        ? $"{Today:yyyy-MM-dd} is not a working day: nothing issued."
        : $"{Today:yyyy-MM-dd}: {Reminders} reminders, {Notices} first notices, {Escalations} escalations.";
}
