using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Channels;

/// <summary>
/// How a person wants notices outside the inbox (ADR 0029): which channels, from which rung, in which language, and
/// when not to be disturbed (Asia/Shanghai). A person without a row has the defaults: email on, SMS off, formal notices
/// only, zh-CN, quiet 22:00–07:00.
/// </summary>
public sealed class NotificationPreference
{
    public static readonly TimeOnly DefaultQuietFrom = new(22, 0);
    public static readonly TimeOnly DefaultQuietUntil = new(7, 0);

    private NotificationPreference()
    {
        Language = "zh-CN";
    }

    public Guid UserId { get; private set; }
    public bool Email { get; private set; }
    public bool Sms { get; private set; }

    /// <summary>Reminders (before a due date) too, not only formal notices (催办单).</summary>
    public bool Reminders { get; private set; }

    /// <summary>The lowest rung that reaches the person outside the inbox.</summary>
    public LadderLevel FromLevel { get; private set; }

    /// <summary><c>zh-CN</c> or <c>en</c>.</summary>
    public string Language { get; private set; }

    /// <summary>Quiet hours (Shanghai): both null for none; from may be after until (overnight).</summary>
    public TimeOnly? QuietFrom { get; private set; }

    public TimeOnly? QuietUntil { get; private set; }

    public static NotificationPreference Default(Guid userId) => new()
    {
        UserId = userId,
        Email = true,
        FromLevel = LadderLevel.DepartmentOfficer,
        QuietFrom = DefaultQuietFrom,
        QuietUntil = DefaultQuietUntil,
    };

    public void Change(bool email, bool sms, bool reminders, LadderLevel fromLevel, string language, TimeOnly? quietFrom, TimeOnly? quietUntil)
    {
        if (language is not ("zh-CN" or "en"))
        {
            throw new DomainRuleException("preference.language", "语言须为 zh-CN 或 en。", "The language is zh-CN or en.");
        }

        if ((quietFrom is null) != (quietUntil is null) || (quietFrom is { } from && from == quietUntil))
        {
            throw new DomainRuleException("preference.quiet_hours", "免打扰时段须同时给出起止时间，且不相同。", "Quiet hours need a start and a different end, or neither.");
        }

        Email = email;
        Sms = sms;
        Reminders = reminders;
        FromLevel = fromLevel;
        Language = language;
        QuietFrom = quietFrom;
        QuietUntil = quietUntil;
    }

    /// <summary>
    /// When a delivery planned at <paramref name="localNow"/> (Shanghai) may go: now, or at the end of the quiet hours it
    /// falls in. A notice from the city leadership's rung up is not held.
    /// </summary>
    public DateTime ReleaseAt(DateTime localNow, LadderLevel? level)
    {
        if (QuietFrom is not { } from || QuietUntil is not { } until || level >= LadderLevel.CityLeadership)
        {
            return localNow;
        }

        var time = TimeOnly.FromDateTime(localNow);
        var quiet = from < until ? time >= from && time < until : time >= from || time < until;
        if (!quiet)
        {
            return localNow;
        }

        var release = localNow.Date + until.ToTimeSpan();
        return release > localNow ? release : release.AddDays(1);
    }
}
