namespace CrossRegion.Application.Common.Time;

/// <summary>Configuration section <c>StatusLights</c>.</summary>
public sealed class StatusLightOptions
{
    public const string SectionName = "StatusLights";

    /// <summary>An open milestone due within this many working days (Asia/Shanghai) shows yellow. Default 5.</summary>
    public int YellowWithinWorkingDays { get; init; } = 5;
}
