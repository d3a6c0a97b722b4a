namespace CrossRegion.Domain.Reporting;

public sealed record ReportValueSpec(Guid MeasureId, decimal Value, string Unit);
