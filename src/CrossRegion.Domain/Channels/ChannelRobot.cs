using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Channels;

/// <summary>
/// An IM group's custom robot (钉钉 or 企业微信) that posts the notices of a city (scope: its code) or of a unit (scope:
/// the unit's code) to the group (ADR 0029). Its secret (钉钉's signing secret) is kept encrypted.
/// </summary>
public sealed class ChannelRobot
{
    private ChannelRobot()
    {
        Name = Scope = Url = CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public NotificationChannel Kind { get; private set; }
    public string Name { get; private set; }

    /// <summary>A city code (WZ) or a unit code (DZ-TRANSPORT).</summary>
    public string Scope { get; private set; }

    public string Url { get; private set; }
    public string? ProtectedSecret { get; private set; }
    public bool Active { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; }

    /// <summary>When it last posted: it posts at most once an interval, every notice due for it in one message.</summary>
    public DateTimeOffset? LastPostedAt { get; private set; }

    public static ChannelRobot Create(NotificationChannel kind, string name, string scope, string url, string? protectedSecret, string by, DateTimeOffset at)
    {
        if (kind is not (NotificationChannel.DingTalk or NotificationChannel.WeCom))
        {
            throw new DomainRuleException("robot.kind", "机器人须为钉钉或企业微信。", "A robot is 钉钉 (dingtalk) or 企业微信 (wecom).");
        }

        return new ChannelRobot
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            Name = Guard.Text(name, "name", 200),
            Scope = Guard.Text(scope, "scope", 32),
            Url = Guard.Text(url, "url", 500),
            ProtectedSecret = Guard.OptionalText(protectedSecret, "secret", 1000),
            Active = true,
            CreatedAt = at,
            CreatedBy = Guard.Text(by, "created_by", 128),
        };
    }

    public void Deactivate() => Active = false;

    /// <summary>Whether it may post now, <paramref name="interval"/> after its last message.</summary>
    public bool MayPost(DateTimeOffset now, TimeSpan interval) => LastPostedAt is not { } last || now - last >= interval;

    public void Posted(DateTimeOffset at) => LastPostedAt = at;
}
