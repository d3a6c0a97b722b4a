namespace CrossRegion.Domain.Indicators;

/// <summary>An actual against its target.</summary>
public enum Attainment
{
    /// <summary>No actual yet for the period (the documents write 市级暂未反馈 when the figure comes from above).</summary>
    NotReported = 1,

    /// <summary>达到或超过目标.</summary>
    Met = 2,

    /// <summary>低于预期.</summary>
    NotMet = 3,

    /// <summary>Reported, but the year's table states no target to judge it against.</summary>
    NotJudged = 4,
}
