using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Operations;

/// <summary>
/// A scheduled job an administrator paused: it does not fire on its schedule until resumed (run now still runs it).
/// Kept in the application's database so that every node, and a restarted embedded node, knows it.
/// </summary>
public sealed class PausedJob
{
    private PausedJob()
    {
        Job = PausedBy = string.Empty;
    }

    public string Job { get; private set; }
    public string PausedBy { get; private set; }
    public DateTimeOffset PausedAt { get; private set; }

    public static PausedJob Pause(string job, string by, DateTimeOffset at) => new()
    {
        Job = Guard.Text(job, "job", 64),
        PausedBy = Guard.Text(by, "by", 200),
        PausedAt = at,
    };
}
