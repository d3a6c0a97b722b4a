using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Integration;

/// <summary>
/// A provincial system's callback: which events, for which jurisdiction's tasks, to which URL, signed with which
/// secret (Standard Webhooks). <see cref="LastPosition"/> is how far along the feed its deliveries have been planned.
/// </summary>
public sealed class WebhookSubscription
{
    private WebhookSubscription()
    {
        Name = Url = Secret = EventTypes = CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; }
    public string Url { get; private set; }

    /// <summary>whsec_ followed by the base64 key; kept to sign, shown once at creation.</summary>
    public string Secret { get; private set; }

    /// <summary>Space-separated event types.</summary>
    public string EventTypes { get; private set; }

    /// <summary>Only events of tasks this jurisdiction is a party to; null: every task (the joint office's systems).</summary>
    public string? JurisdictionCode { get; private set; }

    public bool Active { get; private set; }
    public long LastPosition { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; }

    /// <summary>The machine client that registered it and manages it; null when an administrator did.</summary>
    public string? OwnerClientId { get; private set; }

    public IReadOnlyList<string> Types => EventTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static WebhookSubscription Create(
        string name, string url, string secret, IEnumerable<string> eventTypes, string? jurisdictionCode, long startAfter, string by, string? ownerClientId, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        Name = Guard.Text(name, "name", 200),
        Url = Guard.Text(url, "url", 500),
        Secret = Guard.Text(secret, "secret", 200),
        EventTypes = string.Join(' ', eventTypes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
        JurisdictionCode = jurisdictionCode,
        Active = true,
        LastPosition = startAfter,
        CreatedAt = at,
        CreatedBy = by,
        OwnerClientId = ownerClientId,
    };

    public void Deactivate() => Active = false;

    public void PlannedThrough(long position) => LastPosition = Math.Max(LastPosition, position);
}
