using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrossRegion.Application.Notifications.Channels;
using Microsoft.Extensions.Options;

namespace CrossRegion.Infrastructure.Channels;

/// <summary>Where the SMS gateway is (section <c>Sms</c>): its URL, the account and the key requests are signed with.</summary>
public sealed class SmsOptions
{
    public const string Section = "Sms";

    public Uri? Url { get; set; }
    public string? Account { get; set; }
    public string? Key { get; set; }
}

/// <summary>
/// The HTTP adapter to an SMS gateway: POST JSON <c>{to, template, params}</c> with <c>X-Sms-Account</c>,
/// <c>X-Sms-Timestamp</c> (Unix seconds) and <c>X-Sms-Signature</c> = hex HMAC-SHA256 with the key over
/// "timestamp\nbody". 2xx is sent; 429 and 5xx are worth retrying; anything else (a bad number, an unknown template) is
/// final.
/// </summary>
internal sealed class HttpSmsGateway(IHttpClientFactory clients, IOptions<SmsOptions> options, TimeProvider time) : ISmsGateway
{
    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        if (settings.Url is null || string.IsNullOrEmpty(settings.Key))
        {
            throw new ChannelDeliveryException("Sms:Url and Sms:Key are not configured.", retryable: false);
        }

        var body = JsonSerializer.Serialize(new { to = message.To, template = message.Template, @params = message.Parameters });
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Sms-Account", settings.Account ?? string.Empty);
        request.Headers.Add("X-Sms-Timestamp", timestamp);
        request.Headers.Add("X-Sms-Signature", Sign(settings.Key, timestamp, body));
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(RobotSender.HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new ChannelDeliveryException($"The SMS gateway could not be reached: {e.Message}", retryable: true);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (status is < 200 or >= 300)
            {
                throw new ChannelDeliveryException($"The SMS gateway answered {status}.", retryable: status >= 500 || status is 408 or 429);
            }
        }
    }

    /// <summary>Hex HMAC-SHA256 with the key over "timestamp\nbody".</summary>
    public static string Sign(string key, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(timestamp + "\n" + body)));
}
