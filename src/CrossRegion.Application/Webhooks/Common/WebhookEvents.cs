namespace CrossRegion.Application.Webhooks.Common;

/// <summary>The event types subscribers choose from, and the Standard Webhooks secret format.</summary>
public static class WebhookEvents
{
    public static readonly IReadOnlyList<string> Known =
        ["task.created", "task.changed", "task.closed", "milestone.done", "extension.decided", "notice.issued", "notice.escalated"];

    /// <summary>The key bytes of a whsec_ secret, or null when it is not base64.</summary>
    public static byte[]? SecretKey(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        try
        {
            return Convert.FromBase64String(secret["whsec_".Length..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
