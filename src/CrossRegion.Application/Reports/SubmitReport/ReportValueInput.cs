namespace CrossRegion.Application.Reports.SubmitReport;

/// <summary>A value for one of the task's measures, in any unit of the measure's kind (万元 for a target in 亿元).</summary>
public sealed record ReportValueInput(Guid? MeasureId, decimal? Value, string? Unit);
