using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CrossRegion.Application.Webhooks.Common;

namespace CrossRegion.Infrastructure.Webhooks;

/// <summary>Standard Webhooks signing: <c>v1,</c> + base64 HMAC-SHA256 over <c>{id}.{timestamp}.{body}</c> with the whsec_ key.</summary>
public static class WebhookSignature
{
    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = WebhookSecrets.SecretKey(secret) ?? throw new ArgumentException("Not a whsec_ secret.", nameof(secret));
        var content = Encoding.UTF8.GetBytes($"{id}.{timestamp.ToString(CultureInfo.InvariantCulture)}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }
}
