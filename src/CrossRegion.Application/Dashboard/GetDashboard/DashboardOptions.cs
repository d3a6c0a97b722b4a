namespace CrossRegion.Application.Dashboard.GetDashboard;

/// <summary>How long a node keeps the dashboard's four-city aggregates (<c>Dashboard:CacheSeconds</c>; 0 computes them for every request).</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    public int CacheSeconds { get; set; } = 60;
}
