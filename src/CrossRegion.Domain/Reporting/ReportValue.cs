using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Reporting;

/// <summary>
/// One figure of a report: a value for one of the task's measures, as the unit wrote it and converted into the
/// measure's own unit (reported 2,000 万元 against a target in 亿元 is kept as 2,000 万元 and 0.2 亿元).
/// </summary>
public sealed class ReportValue
{
    private ReportValue()
    {
        Unit = NormalisedUnit = string.Empty;
    }

    internal ReportValue(Guid reportId, Guid measureId, decimal value, string unit, decimal normalisedValue, string normalisedUnit)
    {
        Id = Guid.CreateVersion7();
        ReportId = reportId;
        MeasureId = measureId;
        Value = value;
        Unit = Guard.Text(unit, "unit", 16);
        NormalisedValue = normalisedValue;
        NormalisedUnit = normalisedUnit;
    }

    public Guid Id { get; private set; }
    public Guid ReportId { get; private set; }
    public Guid MeasureId { get; private set; }
    public decimal Value { get; private set; }
    public string Unit { get; private set; }

    /// <summary>The value in the measure's unit: what it is compared with and summed by.</summary>
    public decimal NormalisedValue { get; private set; }

    public string NormalisedUnit { get; private set; }
}
