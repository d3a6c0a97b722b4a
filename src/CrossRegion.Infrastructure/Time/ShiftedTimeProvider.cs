namespace CrossRegion.Infrastructure.Time;

/// <summary>
/// The system clock moved to start at a given instant and run on from there (<c>Clock:StartAt</c>): for rehearsals
/// and multi-process tests of date-driven work such as the chase. Refused in the Production environment.
/// </summary>
public sealed class ShiftedTimeProvider(DateTimeOffset startAt) : TimeProvider
{
    private readonly TimeSpan _shift = startAt - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
