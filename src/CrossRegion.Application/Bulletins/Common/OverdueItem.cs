namespace CrossRegion.Application.Bulletins.Common;

public sealed record OverdueItem(
    string TaskKey, string TaskTitleZh, string TaskTitleEn, Guid MilestoneId, string Milestone, string Jurisdiction,
    IReadOnlyList<string> Departments, DateOnly DueDate, int DaysOverdue);
