namespace CrossRegion.Application.Tasks.GetTask;

public sealed record TaskPeriodDto(string Text, int? StartYear, int? EndYear);
