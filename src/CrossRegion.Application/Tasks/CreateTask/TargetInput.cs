namespace CrossRegion.Application.Tasks.CreateTask;

public sealed record TargetInput(int? Year, string? Text, IReadOnlyList<MeasureInput>? Measures);
