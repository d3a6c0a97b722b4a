namespace CrossRegion.Application.Chasing.Common;

/// <summary>Runs one chase for today: every reminder, notice and escalation that is due and not yet issued.</summary>
public interface IChaseRunner
{
    Task<ChaseResult> RunAsync(CancellationToken cancellationToken);
}
