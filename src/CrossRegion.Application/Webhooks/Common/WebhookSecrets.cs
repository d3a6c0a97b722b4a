namespace CrossRegion.Application.Webhooks.Common;

/// <summary>The Standard Webhooks secret format (whsec_ and the base64 of the key).</summary>
public static class WebhookSecrets
{
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
