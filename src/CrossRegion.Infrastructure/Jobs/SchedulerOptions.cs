using Hangfire;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>Configuration section <c>Scheduler</c>: whether this node runs jobs, how it shares them, and each job's schedule.</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>A node with this off serves the API only; the others in the cluster run the jobs.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>This node's name among the job servers (runs record it); unique per node. Empty: the host name and process id.</summary>
    public string? InstanceId { get; set; }

    /// <summary>Jobs this node runs at once (the three scheduled jobs and a run-now never need more).</summary>
    public int WorkerCount { get; set; } = 4;

    /// <summary>How often a node looks for queued jobs, due schedules and retries (Hangfire's queue and schedule polling).</summary>
    public double PollSeconds { get; set; } = 2;

    /// <summary>
    /// PostgreSQL: a running job renews its claim every fifth of this; a job whose node stopped renewing (killed) is
    /// taken up by another node after this long. Also how long a dead node's Hangfire lock is honoured.
    /// </summary>
    public double InvisibilitySeconds { get; set; } = 15;

    /// <summary>How often each scheduling node runs the pumps (outbox sequencer, webhook dispatcher).</summary>
    public double PumpIntervalSeconds { get; set; } = 2;

    /// <summary>Per job (by name): a cron expression (five fields, or six with seconds first; Asia/Shanghai) and whether it is scheduled.</summary>
    public Dictionary<string, JobScheduleOptions> Jobs { get; set; } = [];

    /// <summary>This node's name: <see cref="InstanceId"/>, else the host name and process id.</summary>
    public string NodeName => InstanceId is { Length: > 0 } id ? id : $"{Environment.MachineName}-{Environment.ProcessId}".ToLowerInvariant();

    internal (string Cron, bool Enabled) ScheduleOf(JobDefinition job) =>
        Jobs.GetValueOrDefault(job.Name) is { } schedule ? (schedule.Cron ?? job.DefaultCron, schedule.Enabled) : (job.DefaultCron, true);
}

public sealed class JobScheduleOptions
{
    /// <summary>Cron (Cronos syntax, as Hangfire reads it). <c>0 0 31 2 *</c> (<see cref="Cron.Never"/>) parks a job.</summary>
    public string? Cron { get; set; }

    public bool Enabled { get; set; } = true;
}
