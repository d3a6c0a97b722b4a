using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrossRegion.Application.Notifications.Channels;

namespace CrossRegion.Infrastructure.Channels;

/// <summary>
/// 钉钉 and 企业微信 custom robots. 钉钉 signs with the robot's secret: <c>timestamp</c> (Unix milliseconds) and
/// <c>sign</c> = URL-encoded base64 of HMAC-SHA256(secret, timestamp + "\n" + secret), as query parameters; 企业微信's
/// key is already in its URL. Both answer 200 with <c>{"errcode":0}</c> when the message is posted; another errcode is
/// a refusal (a rate limit — 钉钉 130101, 企业微信 45009 — or a server error is worth retrying, a bad signature or key is not).
/// </summary>
internal sealed class RobotSender(IHttpClientFactory clients, TimeProvider time) : IRobotSender
{
    public const string HttpClientName = "channels";

    private static readonly int[] RateLimited = [130101, 45009, -1];

    public async Task SendAsync(RobotTarget target, RobotMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(message);
        var url = target.Url.ToString();
        object body;
        if (target.Kind == RobotKind.DingTalk)
        {
            if (target.Secret is { Length: > 0 } secret)
            {
                var timestamp = time.GetUtcNow().ToUnixTimeMilliseconds();
                url += $"{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}timestamp={timestamp.ToString(CultureInfo.InvariantCulture)}&sign={DingTalkSign(secret, timestamp)}";
            }

            body = new { msgtype = "markdown", markdown = new { title = message.Title, text = message.Markdown } };
        }
        else
        {
            body = new { msgtype = "markdown", markdown = new { content = message.Markdown } };
        }

        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(HttpClientName).PostAsJsonAsync(url, body, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new ChannelDeliveryException($"The robot's platform could not be reached: {e.Message}", retryable: true);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                throw new ChannelDeliveryException($"The robot's platform answered {status}.", retryable: status >= 500 || status is 408 or 429);
            }

            var answer = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            var code = answer.TryGetProperty("errcode", out var errcode) && errcode.TryGetInt32(out var c) ? c : -1;
            if (code != 0)
            {
                var text = answer.TryGetProperty("errmsg", out var errmsg) ? errmsg.GetString() : null;
                throw new ChannelDeliveryException($"The robot's platform refused the message: {code} {text}", retryable: RateLimited.Contains(code));
            }
        }
    }

    /// <summary>钉钉's <c>sign</c>: URL-encoded base64 of HMAC-SHA256 with the secret over "timestamp\nsecret".</summary>
    public static string DingTalkSign(string secret, long timestampMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestampMilliseconds.ToString(CultureInfo.InvariantCulture)}\n{secret}"));
        return Uri.EscapeDataString(Convert.ToBase64String(mac));
    }
}
