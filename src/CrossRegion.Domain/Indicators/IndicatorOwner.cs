namespace CrossRegion.Domain.Indicators;

/// <summary>A city that owns an indicator: it reports the actual (its part, for a total of the cities).</summary>
public sealed class IndicatorOwner
{
    private IndicatorOwner()
    {
        JurisdictionCode = string.Empty;
    }

    public Guid IndicatorId { get; private set; }
    public string JurisdictionCode { get; private set; }

    internal static IndicatorOwner Create(Guid indicatorId, string jurisdiction) => new() { IndicatorId = indicatorId, JurisdictionCode = jurisdiction };
}
