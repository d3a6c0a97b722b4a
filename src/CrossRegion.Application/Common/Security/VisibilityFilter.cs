namespace CrossRegion.Application.Common.Security;

/// <summary>
/// The named query filter that keeps every task and every task-owned row (reports, comments, notes, notices, task
/// events, the task's audit entries) to the caller's parties (ADR 0005). A use case that truly needs every row
/// disables it by this name, never by switching every filter off: an architecture test refuses that.
/// </summary>
public static class VisibilityFilter
{
    public const string Name = "Visibility";
}
