namespace CrossRegion.Application.Jobs.Common;

public sealed record JobStatus(
    string Name,
    string Description,
    string Cron,
    string TimeZone,
    string State,
    DateTimeOffset? NextFireAt,
    DateTimeOffset? PreviousFireAt,
    string Misfire,
    bool Recoverable,
    string? RetryPolicy);
