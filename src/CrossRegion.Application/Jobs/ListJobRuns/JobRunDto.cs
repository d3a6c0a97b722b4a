namespace CrossRegion.Application.Jobs.ListJobRuns;

public sealed record JobRunDto(Guid Id, string Job, string Node, bool Manual, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, long DurationMs, string Outcome, string? Summary);
