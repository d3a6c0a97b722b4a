namespace CrossRegion.Application.Jobs.Common;

/// <summary>The names jobs are scheduled, configured (<c>Scheduler:Jobs:{name}</c>) and administered by.</summary>
public static class JobNames
{
    public const string Chase = "chase";
    public const string Retention = "retention";
    public const string OutboxSequencer = "outbox-sequencer";
    public const string WebhookDispatcher = "webhook-dispatcher";
    public const string Bulletin = "bulletin";
    public const string ChannelDispatcher = "channel-dispatcher";
}
