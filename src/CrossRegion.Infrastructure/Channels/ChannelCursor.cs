namespace CrossRegion.Infrastructure.Channels;

/// <summary>How far along the feed the channels job has planned deliveries (one row), advanced in the transaction that plans them.</summary>
public sealed class ChannelCursor
{
    public const int TheRow = 1;

    public int Id { get; private set; } = TheRow;
    public long LastPosition { get; private set; }

    public void PlannedThrough(long position) => LastPosition = Math.Max(LastPosition, position);
}

/// <summary>Section <c>Channels</c>: the console's public address (for links), retries, the SMS template, the robots' pace.</summary>
public sealed class ChannelOptions
{
    public const string Section = "Channels";

    public Uri ConsoleUrl { get; set; } = new("http://localhost:5000/");
    public int MaxAttempts { get; set; } = 6;
    public double FirstRetrySeconds { get; set; } = 60;
    public double MaxRetrySeconds { get; set; } = 3600;
    public string SmsTemplate { get; set; } = "DUBAN_NOTICE";

    /// <summary>A robot posts at most once in this many seconds, every notice due for it in one message (钉钉 and 企业微信 take about 20 a minute).</summary>
    public double RobotIntervalSeconds { get; set; } = 60;

    /// <summary>The notices a robot's message lists one by one; it counts the rest.</summary>
    public int RobotDigestLines { get; set; } = 30;
}
