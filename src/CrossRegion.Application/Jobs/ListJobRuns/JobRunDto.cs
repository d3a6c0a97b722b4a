namespace CrossRegion.Application.Jobs.ListJobRuns;

/// <summary>One finished run of a job.</summary>
public sealed record JobRunDto(
    Guid Id, string Job, string Node, bool Manual, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, long DurationMs,
    [property: System.ComponentModel.Description("succeeded, skipped (another node ran it, or nothing was due) or failed.")] string Outcome,
    string? Summary);
