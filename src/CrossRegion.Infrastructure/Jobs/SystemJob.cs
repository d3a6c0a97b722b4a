using System.Runtime.ExceptionServices;
using CrossRegion.Domain.Operations;
using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Observability;
using CrossRegion.Infrastructure.Persistence;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>What every job's frame needs: scopes, the clock, the metrics, the cluster-wide locks and this node's name.</summary>
internal sealed class JobFrame(IServiceScopeFactory scopes, TimeProvider time, CrossRegionMetrics metrics, JobLocks locks, IOptions<SchedulerOptions> options)
{
    public IServiceScopeFactory Scopes => scopes;
    public TimeProvider Time => time;
    public CrossRegionMetrics Metrics => metrics;
    public JobLocks Locks => locks;
    public string Node { get; } = options.Value.NodeName;
}

/// <summary>
/// The frame every job runs in, whoever started it (Hangfire on a schedule or for run-now, or a node's pump loop):
/// one run of the job at a time in the cluster (<see cref="JobLocks"/>; a run that finds another in progress does
/// nothing and says so), its own DI scope with no ambient user, acting as the named system actor
/// <c>system:{job}</c> (so its writes are audited under that name), and a <see cref="JobRun"/> recorded afterwards
/// with outcome and duration. A failure is rethrown for Hangfire, whose retry filter (<see cref="JobRetries"/>) decides.
/// </summary>
internal abstract partial class SystemJob(JobFrame frame, ILogger logger)
{
    // Set while a run is in progress and cleared when it ends, however it ends, short of the process dying: a run
    // that finds it set is Hangfire handing a killed node's job to a survivor.
    private const string RunningOn = "crossregion.running-on";

    protected abstract string Name { get; }

    /// <summary>A pump runs every few seconds: its runs are recorded only when they fail (metrics count them all).</summary>
    protected virtual bool IsPump => false;

    /// <summary>Does the work in <paramref name="services"/> (a scope acting as the system actor); answers a one-line summary.</summary>
    protected abstract Task<(string Outcome, string Summary)> RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Hangfire's entry point: <paramref name="manual"/> is true for run-now; Hangfire supplies the context and token.</summary>
    public async Task PerformAsync(bool manual, PerformContext? context, CancellationToken cancellationToken)
    {
        if (await RunOnceAsync(manual, context, cancellationToken) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>Runs the job once in its frame and records it; answers the failure, if it failed.</summary>
    public async Task<Exception?> RunOnceAsync(bool manual, PerformContext? context, CancellationToken cancellationToken)
    {
        var started = frame.Time.GetUtcNow();
        var recovering = context?.GetJobParameter<string>(RunningOn) is { Length: > 0 };
        context?.SetJobParameter(RunningOn, frame.Node);
        string outcome;
        string summary;
        Exception? failure = null;
        try
        {
            await using var held = IsPump ? null : await frame.Locks.TryAcquireAsync(Name, cancellationToken);
            if (!IsPump && held is null)
            {
                (outcome, summary) = ("skipped", "Another run of this job was in progress; this one did nothing.");
            }
            else if (!manual && !IsPump && await PausedAsync(cancellationToken))
            {
                (outcome, summary) = ("skipped", "The job is paused.");
            }
            else
            {
                await using var scope = frame.Scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = Actor(Name);
                (outcome, summary) = await RunAsync(scope.ServiceProvider, cancellationToken);
                if (recovering)
                {
                    summary = "Recovered after a node failed. " + summary;
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            (outcome, summary, failure) = ("failed", ex.Message, ex);
            LogFailed(logger, ex, Name);
        }
        finally
        {
            context?.SetJobParameter(RunningOn, string.Empty);
        }

        var finished = frame.Time.GetUtcNow();
        frame.Metrics.JobFinished(Name, outcome, finished - started);
        if (!IsPump || failure is not null)
        {
            await RecordAsync(JobRun.Finished(Name, frame.Node, manual, started, finished, outcome, summary));
        }

        return failure;
    }

    public static SystemCaller Actor(string job) => new("system:" + job);

    // Schedules are removed from Hangfire when a job is paused; a node that was starting just then may have put one
    // back, so a scheduled run checks too.
    private async Task<bool> PausedAsync(CancellationToken cancellationToken)
    {
        await using var scope = frame.Scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().PausedJobs.AnyAsync(p => p.Job == Name, cancellationToken);
    }

    // In a scope of its own: a failed run's context may hold half-done changes that must not be saved with the record.
    private async Task RecordAsync(JobRun run)
    {
        try
        {
            await using var scope = frame.Scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = Actor(Name);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogNotRecorded(logger, ex, Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job} ran but its run could not be recorded")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception, string job);
}
