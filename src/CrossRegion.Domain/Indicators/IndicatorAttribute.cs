namespace CrossRegion.Domain.Indicators;

/// <summary>How binding an indicator is, as the plans mark it (the tables star the binding ones: "加*为约束性指标").</summary>
public enum IndicatorAttribute
{
    /// <summary>预期性: expected, guiding.</summary>
    Expected = 1,

    /// <summary>约束性: binding.</summary>
    Binding = 2,
}
