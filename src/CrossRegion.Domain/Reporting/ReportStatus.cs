namespace CrossRegion.Domain.Reporting;

/// <summary>How the reporting party itself judges its share of the task this month.</summary>
public enum ReportStatus
{
    OnTrack = 1,
    AtRisk = 2,
    Blocked = 3,
}
