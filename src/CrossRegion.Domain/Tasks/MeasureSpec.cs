namespace CrossRegion.Domain.Tasks;

public sealed record MeasureSpec(
    string Metric,
    string? MetricEn,
    MeasureComparator Comparator,
    decimal Value,
    string Unit,
    string? JurisdictionCode,
    string? SourceText);
