using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace CrossRegion.Infrastructure.Identity.Signing;

/// <summary>The HMACs a client may sign its requests with (ADR 0028): SHA-256, or SM3 where national algorithms are required.</summary>
public enum SignatureAlgorithm
{
    HmacSha256 = 1,
    HmacSm3 = 2,
}

/// <summary>
/// Signed requests for government gateways (ADR 0028): the canonical string a signature covers and the HMAC over it.
/// <code>
/// METHOD \n path \n sorted query \n timestamp \n nonce \n hex(digest of the body)
/// </code>
/// The query is percent-encoded as RFC 3986 says, then sorted by encoded name, then encoded value (ordinal); the body's digest is
/// SHA-256 or SM3, as the algorithm; the signature is the base64 of HMAC-SHA256 or HMAC-SM3 with the client's signing
/// key, compared in constant time.
/// </summary>
public static class RequestSignature
{
    public static string Canonical(string method, string path, IEnumerable<KeyValuePair<string, string>> query, long timestamp, string nonce, ReadOnlySpan<byte> body, SignatureAlgorithm algorithm)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(query);
        var sorted = query
            .Select(p => (Name: Uri.EscapeDataString(p.Key), Value: Uri.EscapeDataString(p.Value)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}");
        return string.Join('\n',
            method.ToUpperInvariant(),
            path,
            string.Join('&', sorted),
            timestamp.ToString(CultureInfo.InvariantCulture),
            nonce,
            Convert.ToHexStringLower(Digest(body, algorithm)));
    }

    /// <summary>SHA-256 or SM3 (GB/T 32905) of the data.</summary>
    public static byte[] Digest(ReadOnlySpan<byte> data, SignatureAlgorithm algorithm)
    {
        if (algorithm == SignatureAlgorithm.HmacSha256)
        {
            return SHA256.HashData(data);
        }

        var sm3 = new SM3Digest();
        sm3.BlockUpdate(data);
        var digest = new byte[sm3.GetDigestSize()];
        sm3.DoFinal(digest, 0);
        return digest;
    }

    /// <summary>The base64 signature of the canonical string with the key.</summary>
    public static string Sign(byte[] key, string canonical, SignatureAlgorithm algorithm)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(canonical);
        return Convert.ToBase64String(Mac(key, Encoding.UTF8.GetBytes(canonical), algorithm));
    }

    /// <summary>Whether <paramref name="signature"/> (base64) is the key's signature of the canonical string; constant time.</summary>
    public static bool Verify(byte[] key, string canonical, string? signature, SignatureAlgorithm algorithm)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(canonical);
        var given = new byte[64];
        if (signature is null || !Convert.TryFromBase64String(signature, given, out var length))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given.AsSpan(0, length), Mac(key, Encoding.UTF8.GetBytes(canonical), algorithm));
    }

    private static byte[] Mac(byte[] key, byte[] message, SignatureAlgorithm algorithm)
    {
        if (algorithm == SignatureAlgorithm.HmacSha256)
        {
            return HMACSHA256.HashData(key, message);
        }

        var hmac = new HMac(new SM3Digest());
        hmac.Init(new KeyParameter(key));
        hmac.BlockUpdate(message, 0, message.Length);
        var mac = new byte[hmac.GetMacSize()];
        hmac.DoFinal(mac, 0);
        return mac;
    }
}
