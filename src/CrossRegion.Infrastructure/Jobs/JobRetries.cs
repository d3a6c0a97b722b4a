using System.Collections.Concurrent;
using Hangfire;
using Hangfire.Common;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// Each job's retries as the catalogue gives them (<see cref="JobDefinition.Retry"/>; none for the others), in place
/// of Hangfire's global ten attempts: a filter at method scope outranks the global one.
/// </summary>
internal sealed class JobRetries : IJobFilterProvider
{
    private readonly ConcurrentDictionary<Type, JobFilter[]> _filters = new();

    public IEnumerable<JobFilter> GetFilters(Job job) =>
        job?.Type is not { } type ? [] : _filters.GetOrAdd(type, static t => JobCatalog.Of(t) is { } definition ? [Filter(definition.Retry)] : []);

    private static JobFilter Filter(JobRetry? retry)
    {
        var attribute = new AutomaticRetryAttribute { Attempts = retry?.Attempts ?? 0, OnAttemptsExceeded = AttemptsExceededAction.Fail };
        if (retry is not null)
        {
            attribute.DelayInSecondsByAttemptFunc = retry.DelaySeconds;
        }

        return new JobFilter(attribute, JobFilterScope.Method, attribute.Order);
    }
}
