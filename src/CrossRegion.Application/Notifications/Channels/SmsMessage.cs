namespace CrossRegion.Application.Notifications.Channels;

/// <summary>
/// A text message through the operator's SMS gateway: the carriers require registered templates, so the gateway is given
/// a template code and its parameters, not free text.
/// </summary>
public sealed record SmsMessage(string To, string Template, IReadOnlyDictionary<string, string> Parameters);

/// <summary>The SMS gateway port; throws <see cref="ChannelDeliveryException"/> when the gateway refuses or cannot be reached.</summary>
public interface ISmsGateway
{
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken);
}
