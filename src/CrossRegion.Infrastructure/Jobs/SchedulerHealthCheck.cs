using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>Readiness of a scheduling node: the job store answers and this node's job server is in it, beating.</summary>
internal sealed class SchedulerHealthCheck(JobStorage storage, IOptions<SchedulerOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var prefix = options.Value.NodeName.ToLowerInvariant() + ":";
        var mine = storage.GetMonitoringApi().Servers().FirstOrDefault(s => s.Name.StartsWith(prefix, StringComparison.Ordinal));
        if (mine is null)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The job server {options.Value.NodeName} is not registered in the job store."));
        }

        // Hangfire's heartbeats are on the wall clock, whatever the business clock says (Clock:StartAt).
        var silent = TimeProvider.System.GetUtcNow().UtcDateTime - (mine.Heartbeat ?? mine.StartedAt);
        return Task.FromResult(silent > HangfireSetup.ServerTimeout
            ? HealthCheckResult.Unhealthy($"The job server {options.Value.NodeName} last beat {silent.TotalSeconds:0} s ago.")
            : HealthCheckResult.Healthy());
    }
}
