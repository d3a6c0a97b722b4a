namespace CrossRegion.Infrastructure.Identity.Signing;

/// <summary>
/// A nonce a client signed a request with (ADR 0028): unique per client, so a replay is refused on every node; deleted by
/// the retention job once the clock window it could be replayed in has passed.
/// </summary>
public sealed class RequestNonce
{
    private RequestNonce()
    {
        ClientId = Nonce = string.Empty;
    }

    public string ClientId { get; private set; }
    public string Nonce { get; private set; }
    public DateTimeOffset SeenAt { get; private set; }

    public static RequestNonce Seen(string clientId, string nonce, DateTimeOffset at) => new() { ClientId = clientId, Nonce = nonce, SeenAt = at };
}
