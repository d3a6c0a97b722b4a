using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Operations;

/// <summary>One finished run of a background job: where, when, how long, and what came of it.</summary>
public sealed class JobRun
{
    private JobRun()
    {
        Job = Node = Outcome = string.Empty;
    }

    public Guid Id { get; private set; }
    public string Job { get; private set; }
    public string Node { get; private set; }
    public bool Manual { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset FinishedAt { get; private set; }
    public long DurationMs { get; private set; }

    /// <summary>succeeded, skipped or failed.</summary>
    public string Outcome { get; private set; }

    public string? Summary { get; private set; }

    public static JobRun Finished(string job, string node, bool manual, DateTimeOffset startedAt, DateTimeOffset finishedAt, string outcome, string? summary) => new()
    {
        Id = Guid.CreateVersion7(),
        Job = Guard.Text(job, "job", 64),
        Node = Guard.Text(node, "node", 200),
        Manual = manual,
        StartedAt = startedAt,
        FinishedAt = finishedAt,
        DurationMs = (long)(finishedAt - startedAt).TotalMilliseconds,
        Outcome = outcome,
        Summary = summary is { Length: > 2000 } ? summary[..2000] : summary,
    };
}
