namespace CrossRegion.Application.Bulletins.Common;

/// <summary>A party's overdue part of a milestone; <see cref="Programme"/> is the task's programme (absent from bulletins made before it was recorded, filled in when read).</summary>
public sealed record OverdueItem(
    string TaskKey, string TaskTitleZh, string TaskTitleEn, Guid MilestoneId, string Milestone, string Jurisdiction,
    IReadOnlyList<string> Departments, DateOnly DueDate, int DaysOverdue, string? Programme = null);
