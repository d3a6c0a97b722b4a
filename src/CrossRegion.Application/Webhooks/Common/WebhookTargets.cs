using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CrossRegion.Application.Common.Text;

namespace CrossRegion.Application.Webhooks.Common;

/// <summary>
/// Where webhooks may be sent (server-side request forgery, docs/security.md): public addresses on 443 (or a
/// configured port), and the internal receivers an operator listed. Checked on the URL at subscription and again on
/// the address actually connected to at delivery, because a name can resolve elsewhere later.
/// </summary>
public sealed class WebhookTargets(WebhookOptions options)
{
    // Public DNS services that answer any name with the address written in it, or with loopback: a name under one of
    // these is an internal address in disguise.
    private static readonly string[] RebindingSuffixes = ["localhost", "localtest.me", "lvh.me", "nip.io", "sslip.io", "xip.io", "internal", "local", "home.arpa"];

    private readonly List<(IPAddress Network, int Prefix)> _allowed = options.AllowedInternalTargets.Select(Parse).ToList();

    /// <summary>Why a callback URL is refused at subscription, or null when it may be used.</summary>
    public string? Refusal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !(options.AllowInsecureHttp && uri.Scheme == Uri.UriSchemeHttp)))
        {
            return Localized.Text("url 须为 https 的绝对地址。", "url must be an absolute https URL.");
        }

        if (uri.UserInfo.Length > 0)
        {
            return Localized.Text("url 不能包含用户名或密码。", "url must not carry a user name or password.");
        }

        // Uri and IPAddress read 2130706433, 0x7f000001, 017700000001 and 127.1 as addresses, as resolvers do
        // (the unit tests hold this), so every spelling of an address is judged as that address.
        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            return MayConnect(address, uri.Port) ? null : Localized.Text(
                "url 指向内部或保留地址，不允许。", "url points to an internal or reserved address, which is not allowed.");
        }

        if (RebindingSuffixes.Any(s => host == s || host.EndsWith("." + s, StringComparison.Ordinal)) || !host.Contains('.', StringComparison.Ordinal))
        {
            return Localized.Text("url 的主机名指向内部地址，不允许。", "url names an internal host, which is not allowed.");
        }

        return PortAllowed(uri.Port) ? null : Localized.Text(
            $"url 的端口须为 443{(options.AllowedPorts.Count > 0 ? "或 " + string.Join("、", options.AllowedPorts) : string.Empty)}。",
            $"url must use port 443{(options.AllowedPorts.Count > 0 ? " or " + string.Join(", ", options.AllowedPorts) : string.Empty)}.");
    }

    /// <summary>Whether the URL names an internal receiver the operator allows (an address in Webhooks:AllowedInternalTargets).</summary>
    public bool IsAllowedInternal(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address)
            && _allowed.Any(a => InRange(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address, a.Network, a.Prefix));
    }

    /// <summary>Whether a delivery may connect to this address and port (allow-listed internal receivers: any port).</summary>
    public bool MayConnect(IPAddress address, int port)
    {
        ArgumentNullException.ThrowIfNull(address);
        var target = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _allowed.Any(a => InRange(target, a.Network, a.Prefix)) || (IsPublic(target) && PortAllowed(port));
    }

    /// <summary>Not loopback, private, shared (CGNAT), link-local, unique-local, multicast, reserved or documentation.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        return address.AddressFamily == AddressFamily.InterNetwork
            ? !NonPublicV4.Any(r => InRange(address, r.Network, r.Prefix))
            : !NonPublicV6.Any(r => InRange(address, r.Network, r.Prefix)) && !EmbedsNonPublicV4(address);
    }

    private static readonly (IPAddress Network, int Prefix)[] NonPublicV4 =
        new[] { "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24",
         "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4" }
            .Select(Parse).ToArray();

    private static readonly (IPAddress Network, int Prefix)[] NonPublicV6 =
        new[] { "::/127", "::ffff:0:0/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8" }
            .Select(Parse).ToArray();

    // 6to4 (2002::/16) and NAT64 (64:ff9b::/96) carry an IPv4 address that decides where the packet really goes.
    private static bool EmbedsNonPublicV4(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        var embedded = bytes[0] == 0x20 && bytes[1] == 0x02 ? bytes[2..6]
            : InRange(address, IPAddress.Parse("64:ff9b::"), 96) ? bytes[12..16]
            : null;
        return embedded is not null && !IsPublic(new IPAddress(embedded));
    }

    private bool PortAllowed(int port) =>
        port == 443 || (options.AllowInsecureHttp && port == 80) || options.AllowedPorts.Contains(port);

    private static (IPAddress Network, int Prefix) Parse(string cidr)
    {
        var parts = cidr.Split('/');
        var network = IPAddress.Parse(parts[0]);
        var prefix = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : network.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        return (network, prefix);
    }

    private static bool InRange(IPAddress address, IPAddress network, int prefix)
    {
        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }

        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var full = prefix / 8;
        var rest = prefix % 8;
        return a.AsSpan(0, full).SequenceEqual(n.AsSpan(0, full))
            && (rest == 0 || (a[full] >> (8 - rest)) == (n[full] >> (8 - rest)));
    }
}
