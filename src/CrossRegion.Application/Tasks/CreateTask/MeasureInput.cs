namespace CrossRegion.Application.Tasks.CreateTask;

public sealed record MeasureInput(
    string? Metric, string? MetricEn, string? Comparator, decimal? Value, string? Unit, string? Jurisdiction, string? SourceText);
