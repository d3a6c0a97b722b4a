using System.ComponentModel;

namespace CrossRegion.Application.Jobs.Common;

/// <summary>A scheduled job as administrators see it.</summary>
public sealed record JobStatus(
    string Name,
    string Description,
    [property: Description("A cron expression in time_zone, or the pump's interval.")] string Cron,
    string TimeZone,
    [property: Description("normal, paused, unscheduled or error.")] string State,
    DateTimeOffset? NextFireAt,
    DateTimeOffset? PreviousFireAt,
    [property: Description("What happens to a run missed while no node was up: relaxed (run once when a node is up again), ignorable (skipped) or strict.")] string Misfire,
    bool Recoverable,
    string? RetryPolicy);
