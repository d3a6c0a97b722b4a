namespace CrossRegion.Infrastructure.Jobs;

/// <summary>Configuration section <c>Scheduler</c>: whether this node runs jobs, and each job's schedule.</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>A node with this off serves the API only; the others in the cluster run the jobs.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>This node's id in the cluster; unique per node. Left empty, one is generated from the host name and time.</summary>
    public string? InstanceId { get; set; }

    /// <summary>How often a clustered node tells the others it is alive; a node silent for longer is recovered from.</summary>
    public double CheckinIntervalSeconds { get; set; } = 7.5;

    /// <summary>Per job (by name): a Quartz cron expression (with seconds, Asia/Shanghai) and whether it is scheduled.</summary>
    public Dictionary<string, JobScheduleOptions> Jobs { get; set; } = [];
}

public sealed class JobScheduleOptions
{
    public string? Cron { get; set; }
    public bool Enabled { get; set; } = true;
}
