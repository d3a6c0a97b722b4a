namespace CrossRegion.Domain.Indicators;

/// <summary>How a target is written, and so how an actual is judged against it.</summary>
public enum TargetKind
{
    /// <summary>"6.5以上", "7.4" (a plain figure is reached or passed): the actual is at least the value.</summary>
    AtLeast = 1,

    /// <summary>"103以内", "0.035以下": the actual is at most the value.</summary>
    AtMost = 2,

    /// <summary>"8左右": the actual is within the target's tolerance of the value.</summary>
    About = 3,

    /// <summary>"较2022年提升0.2个百分点": the change from the reference year is at least the value.</summary>
    RelativeChange = 4,

    /// <summary>"稳定保持II类": a state, met when the actual states the same.</summary>
    Categorical = 5,

    /// <summary>"上级下达任务", "重庆下达": set from above; the reporting city states whether it was met.</summary>
    SetFromAbove = 6,

    /// <summary>The table prints no target for the year (a merged or empty cell): nothing to judge against.</summary>
    Unstated = 7,
}
