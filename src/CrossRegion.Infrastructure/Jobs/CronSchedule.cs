using Cronos;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>Cron expressions as Hangfire reads them (Cronos: five fields, or six with seconds first), checked at start-up.</summary>
internal static class CronSchedule
{
    private static readonly TimeSpan[] Lookbacks = [TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(32), TimeSpan.FromDays(366)];

    /// <summary>The expression, or an error naming the setting that holds it.</summary>
    public static CronExpression Parse(string job, string text)
    {
        try
        {
            var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            return CronExpression.Parse(text, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
        }
        catch (CronFormatException ex)
        {
            throw new InvalidOperationException(
                $"Scheduler:Jobs:{job}:Cron \"{text}\" is not a cron expression (five fields, or six with seconds first): {ex.Message}", ex);
        }
    }

    /// <summary>The latest time at or before <paramref name="now"/> the schedule named (within a year), if any.</summary>
    public static DateTimeOffset? Latest(CronExpression cron, DateTimeOffset now, TimeZoneInfo zone)
    {
        foreach (var lookback in Lookbacks)
        {
            var found = cron.GetOccurrences(now - lookback, now, zone, fromInclusive: true, toInclusive: true).LastOrDefault();
            if (found != default)
            {
                return found;
            }
        }

        return null;
    }
}
