namespace CrossRegion.Application.Jobs.Common;

/// <summary>The scheduler as administrators see it: jobs, their schedules, pause / resume and run now.</summary>
public interface IJobAdmin
{
    Task<IReadOnlyList<JobStatus>> ListAsync(CancellationToken cancellationToken);

    /// <summary>False when no such job exists (or the scheduler is off on this node).</summary>
    Task<bool> PauseAsync(string job, string by, CancellationToken cancellationToken);

    Task<bool> ResumeAsync(string job, CancellationToken cancellationToken);

    /// <summary>Queues a run now on whichever node of the cluster acquires it.</summary>
    Task<bool> RunNowAsync(string job, CancellationToken cancellationToken);
}
