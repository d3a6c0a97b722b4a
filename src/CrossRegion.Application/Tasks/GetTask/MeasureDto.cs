using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

/// <param name="Jurisdiction">The party the measure applies to; null for the aggregate.</param>
public sealed record MeasureDto(
    Guid Id,
    string Metric, string? MetricEn, MeasureComparator Comparator, decimal Value, string Unit, string? Jurisdiction, string? SourceText);
