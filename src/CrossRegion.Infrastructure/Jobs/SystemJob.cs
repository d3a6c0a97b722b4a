using CrossRegion.Domain.Operations;
using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Observability;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// The frame every job runs in: its own DI scope with no ambient user, acting as the named system actor
/// <c>system:{job}</c> (so its writes are audited under that name), and a <see cref="JobRun"/> recorded afterwards
/// with outcome and duration. A failure is rethrown for Quartz, whose retry policy then decides.
/// </summary>
[DisallowConcurrentExecution]
internal abstract partial class SystemJob(IServiceScopeFactory scopes, TimeProvider time, CrossRegionMetrics metrics, ILogger logger) : IJob
{
    protected abstract string Name { get; }

    /// <summary>A pump runs every few seconds: its runs are recorded only when they fail (metrics count them all).</summary>
    protected virtual bool IsPump => false;

    /// <summary>Does the work in <paramref name="services"/> (a scope acting as the system actor); answers a one-line summary.</summary>
    protected abstract Task<(string Outcome, string Summary)> RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = time.GetUtcNow();
        var manual = context.MergedJobDataMap.ContainsKey(SchedulerConstants.ManualTrigger);
        string outcome;
        string summary;
        Exception? failure = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = Actor(Name);
            (outcome, summary) = await RunAsync(scope.ServiceProvider, cancellationToken);

            // Quartz fires a job again on a survivor when the node running it died: the operator sees which run that was.
            if (context.Recovering)
            {
                summary = "Recovered after a node failed. " + summary;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            (outcome, summary, failure) = ("failed", ex.Message, ex);
            LogFailed(logger, ex, Name);
        }

        var finished = time.GetUtcNow();
        metrics.JobFinished(Name, outcome, finished - started);
        if (!IsPump || failure is not null)
        {
            await RecordAsync(JobRun.Finished(Name, context.Scheduler.SchedulerInstanceId, manual, started, finished, outcome, summary));
        }

        if (failure is not null)
        {
            throw new JobExecutionException($"{Name} failed: {failure.Message}", failure);
        }
    }

    public static SystemCaller Actor(string job) => new("system:" + job);

    // In a scope of its own: a failed run's context may hold half-done changes that must not be saved with the record.
    private async Task RecordAsync(JobRun run)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
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
