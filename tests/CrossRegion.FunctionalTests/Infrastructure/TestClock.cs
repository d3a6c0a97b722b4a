namespace CrossRegion.FunctionalTests.Infrastructure;

/// <summary>A clock the test moves. Log in before moving it: bearer tokens are checked against the real time.</summary>
public sealed class TestClock : TimeProvider
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    /// <summary>Moves the clock to 09:00 in Asia/Shanghai on <paramref name="day"/> (the chase's default hour).</summary>
    public void MorningOf(DateOnly day) => Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), Shanghai);
}
