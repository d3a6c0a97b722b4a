namespace CrossRegion.Application.Tasks.UpdateTask;

public sealed record PeriodPatch(string? Text, int? StartYear, int? EndYear);
