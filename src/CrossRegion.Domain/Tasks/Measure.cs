using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

/// <summary>A quantified part of an annual target, e.g. 货运量突破500万吨 (aggregate) or 完成年度投资2.75亿元 (Wanzhou).</summary>
public sealed class Measure
{
    private Measure()
    {
        Metric = Unit = string.Empty;
    }

    internal Measure(Guid targetId, MeasureSpec spec)
    {
        Id = Guid.CreateVersion7();
        TargetId = targetId;
        Metric = Guard.Text(spec.Metric, "metric", 128);
        MetricEn = Guard.OptionalText(spec.MetricEn, "metric_en", 128);
        Comparator = spec.Comparator;
        Value = spec.Value;
        Unit = Guard.Text(spec.Unit, "unit", 16);
        JurisdictionCode = spec.JurisdictionCode;
        SourceText = Guard.OptionalText(spec.SourceText, "source_text", 256);
    }

    public Guid Id { get; private set; }
    public Guid TargetId { get; private set; }
    public string Metric { get; private set; }
    public string? MetricEn { get; private set; }
    public MeasureComparator Comparator { get; private set; }
    public decimal Value { get; private set; }
    public string Unit { get; private set; }

    /// <summary>The party the measure applies to; null for the aggregate of all parties.</summary>
    public string? JurisdictionCode { get; private set; }

    /// <summary>The words of the source the measure was read from.</summary>
    public string? SourceText { get; private set; }
}
