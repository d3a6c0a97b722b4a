namespace CrossRegion.Application.Reports.Common;

/// <param name="NormalisedValue">The value in the measure's own unit (<paramref name="NormalisedUnit"/>).</param>
public sealed record ReportValueDto(Guid MeasureId, decimal Value, string Unit, decimal NormalisedValue, string NormalisedUnit);
