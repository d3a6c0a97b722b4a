using CrossRegion.Domain.Chasing;

namespace CrossRegion.Application.Notifications.Common;

/// <summary>A notice with what is read beside it; init-only members so that EF can order and filter by them.</summary>
internal sealed class NoticeRow
{
    public required Notice Notice { get; init; }
    public bool Read { get; init; }
    public required string TaskKey { get; init; }
    public required string TaskTitleZh { get; init; }
    public required string TaskTitleEn { get; init; }

    /// <summary>The programme the task is listed under: its joint office issues the notice.</summary>
    public required string ProgrammeCode { get; init; }
}
