namespace CrossRegion.Domain.Indicators;

/// <summary>How often the owning city reports an indicator's actual.</summary>
public enum IndicatorFrequency
{
    Yearly = 1,
    Quarterly = 2,
    Monthly = 3,
}
