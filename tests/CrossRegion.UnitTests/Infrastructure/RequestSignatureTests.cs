using System.Security.Cryptography;
using System.Text;
using CrossRegion.Infrastructure.Identity.Signing;
using Org.BouncyCastle.Crypto.Digests;

namespace CrossRegion.UnitTests.Infrastructure;

/// <summary>
/// Signed requests' cryptography against vectors computed independently here: the published SM3 examples of
/// GB/T 32905-2016, HMAC-SHA256 of RFC 4231, and HMAC-SM3 built by hand (RFC 2104: ipad, opad) over a bare SM3 digest.
/// </summary>
public sealed class RequestSignatureTests
{
    [Theory]
    [InlineData("abc", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")]
    [InlineData("abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd", "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732")]
    public void Sm3_Should_MatchTheStandardsExamples(string message, string digest) =>
        Assert.Equal(digest, Convert.ToHexStringLower(RequestSignature.Digest(Encoding.ASCII.GetBytes(message), SignatureAlgorithm.HmacSm3)));

    [Fact]
    public void HmacSha256_Should_MatchRfc4231()
    {
        var key = Enumerable.Repeat((byte)0x0b, 20).ToArray();
        var canonical = "Hi There";

        var signature = RequestSignature.Sign(key, canonical, SignatureAlgorithm.HmacSha256);

        Assert.Equal("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", Convert.ToHexStringLower(Convert.FromBase64String(signature)));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(100)]
    public void HmacSm3_Should_EqualTheHmacBuiltByHand(int keyLength)
    {
        var key = Enumerable.Range(0, keyLength).Select(i => (byte)(i * 7 + 3)).ToArray();
        const string canonical = "POST\n/api/v1/inbound/assignments\n\n1764550800\nn-0001\n" + "0000";

        var signature = RequestSignature.Sign(key, canonical, SignatureAlgorithm.HmacSm3);

        Assert.Equal(Convert.ToBase64String(HmacByHand(key, Encoding.UTF8.GetBytes(canonical))), signature);
        Assert.True(RequestSignature.Verify(key, canonical, signature, SignatureAlgorithm.HmacSm3));
        Assert.False(RequestSignature.Verify(key, canonical + " ", signature, SignatureAlgorithm.HmacSm3));
        Assert.False(RequestSignature.Verify(key, canonical, "not base64!", SignatureAlgorithm.HmacSm3));
        Assert.False(RequestSignature.Verify(key, canonical, null, SignatureAlgorithm.HmacSm3));
    }

    [Fact]
    public void Canonical_Should_SortTheQuery_EncodeIt_And_DigestTheBody()
    {
        var body = Encoding.UTF8.GetBytes("""{"external_id":"SC-2026-0001"}""");
        KeyValuePair<string, string>[] query = [new("b", "2"), new("a", "开州"), new("a", "1")];

        var canonical = RequestSignature.Canonical("post", "/api/v1/inbound/assignments", query, 1764550800, "n-0001", body, SignatureAlgorithm.HmacSha256);

        Assert.Equal(
            "POST\n/api/v1/inbound/assignments\na=%E5%BC%80%E5%B7%9E&a=1&b=2\n1764550800\nn-0001\n" + Convert.ToHexStringLower(SHA256.HashData(body)),
            canonical);
    }

    /// <summary>
    /// The README's worked example, whose signatures were computed with Python's hashlib and hmac (OpenSSL's SM3):
    /// a third implementation, so the README, the service and a gateway written in another language agree.
    /// </summary>
    [Theory]
    [InlineData(SignatureAlgorithm.HmacSm3, "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b", "NGSCP0oFa9rke0P3oTA2ACTd7vMTBfHzg2q+zCrv6ck=")]
    [InlineData(SignatureAlgorithm.HmacSha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "7MJGUpWdWVPjJufHsiOMWzsN6IiZ/PVi/ZoR/Pn+mu0=")]
    public void ReadmeExample_Should_SignAsDocumented(SignatureAlgorithm algorithm, string emptyBodyDigest, string signature)
    {
        var key = Convert.FromBase64String("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        KeyValuePair<string, string>[] query = [new("programme", "WDK"), new("q", "万达"), new("limit", "5")];

        var canonical = RequestSignature.Canonical("GET", "/api/v1/tasks", query, 1795400000, "7f3c9a1e5b2d4c6f8a0b1c2d3e4f5a6b", [], algorithm);

        Assert.Equal($"GET\n/api/v1/tasks\nlimit=5&programme=WDK&q=%E4%B8%87%E8%BE%BE\n1795400000\n7f3c9a1e5b2d4c6f8a0b1c2d3e4f5a6b\n{emptyBodyDigest}", canonical);
        Assert.Equal(signature, RequestSignature.Sign(key, canonical, algorithm));
        Assert.True(RequestSignature.Verify(key, canonical, signature, algorithm));
    }

    /// <summary>HMAC (RFC 2104) over SM3, from its definition: H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m)), blocks of 64 bytes.</summary>
    private static byte[] HmacByHand(byte[] key, byte[] message)
    {
        const int block = 64;
        var k = key.Length > block ? Sm3(key) : key;
        var padded = new byte[block];
        k.CopyTo(padded, 0);
        var inner = Sm3([.. padded.Select(b => (byte)(b ^ 0x36)), .. message]);
        return Sm3([.. padded.Select(b => (byte)(b ^ 0x5c)), .. inner]);
    }

    private static byte[] Sm3(byte[] data)
    {
        var digest = new SM3Digest();
        digest.BlockUpdate(data, 0, data.Length);
        var output = new byte[32];
        digest.DoFinal(output, 0);
        return output;
    }
}
