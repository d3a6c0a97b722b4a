using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Indicators;

/// <summary>
/// What an owning city reports for a period ("2023", "2023-Q3" or "2023-11"): the figure and the words it was given in,
/// or that the figure is not in yet (市级暂未反馈: it comes from the municipality's accounts).
/// </summary>
public sealed class IndicatorActual
{
    private IndicatorActual()
    {
        JurisdictionCode = Period = Text = ReportedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid IndicatorId { get; private set; }
    public string JurisdictionCode { get; private set; }
    public string Period { get; private set; }
    public decimal? Value { get; private set; }
    public string Text { get; private set; }

    /// <summary>The figure is not in yet: the period is reported as pending, with the reason in <see cref="Text"/>.</summary>
    public bool Pending { get; private set; }

    /// <summary>For a target set from above or a state: whether the city states it was met.</summary>
    public bool? Met { get; private set; }

    /// <summary>1 for the first report, one more for each revision: the actual's ETag, and a concurrency token.</summary>
    public int Revision { get; private set; }

    public string ReportedBy { get; private set; }
    public DateTimeOffset ReportedAt { get; private set; }

    internal static IndicatorActual Create(Guid indicatorId, string jurisdiction, string period, string text, decimal? value, bool pending, bool? met, string by, DateTimeOffset at)
    {
        var written = Guard.Text(text, "actual", 200);
        return new IndicatorActual
        {
            Id = Guid.CreateVersion7(),
            IndicatorId = indicatorId,
            JurisdictionCode = Guard.Text(jurisdiction, "jurisdiction", 8),
            Period = Guard.Text(period, "period", 8),
            Text = written,
            Value = pending ? null : value ?? TargetText.FigureOf(written),
            Pending = pending,
            Met = pending ? null : met,
            Revision = 1,
            ReportedBy = Guard.Text(by, "by", 128),
            ReportedAt = at,
        };
    }

    internal void Revise(string text, decimal? value, bool pending, bool? met, string by, DateTimeOffset at)
    {
        Text = Guard.Text(text, "actual", 200);
        Value = pending ? null : value ?? TargetText.FigureOf(Text);
        Pending = pending;
        Met = pending ? null : met;
        Revision++;
        ReportedBy = Guard.Text(by, "by", 128);
        ReportedAt = at;
    }
}
