namespace CrossRegion.Application.Tasks.CreateTask;

public sealed record PeriodInput(string? Text, int? StartYear, int? EndYear);
