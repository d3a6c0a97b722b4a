using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Org.BouncyCastle.Crypto.Digests;

namespace CrossRegion.FunctionalTests.Inbound;

/// <summary>
/// Signed requests for government gateways (ADR 0028), with signatures computed here independently of the service: the
/// canonical string built by hand and HMAC built by hand from the digest (SHA-256, or SM3 checked against GB/T 32905's
/// "abc"). A signed request acts as its client; a replayed nonce, a skewed clock, a wrong or missing key are refused with
/// their own code; a client that must sign gets no token; each client has its own budget per minute.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SignedRequestTests(ApiFactory factory)
{
    [Fact]
    public void Sm3_Should_MatchTheStandardsExample()
    {
        Assert.Equal("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", Convert.ToHexStringLower(Sm3(Encoding.ASCII.GetBytes("abc"))));
    }

    [Theory]
    [InlineData("hmac-sm3")]
    [InlineData("hmac-sha256")]
    public async Task SignedRequest_Should_ActAsTheClient_And_RefuseReplaysSkewAndForgery(string algorithm)
    {
        var (clientId, _) = await factory.CreateClientAsync(["DZ"], ["ledger.read", "assignments.write"]);
        var admin = await factory.ClientForAsync("sys.admin");
        var set = await Json.ReadAsync(await admin.PutAsJsonAsync($"/api/v1/admin/clients/{clientId}/signing-key", new { algorithm }));
        var key = Convert.FromBase64String(set.GetProperty("key").GetString()!);
        Assert.Equal(32, key.Length);
        Assert.Equal(algorithm, set.GetProperty("algorithm").GetString());
        var gateway = factory.CreateClient();
        var now = Now();

        // A signed read acts as the client: Dazhou's tasks only.
        var nonce = Nonce();
        var read = await gateway.SendAsync(Signed(HttpMethod.Get, "/api/v1/tasks?programme=WDK&limit=5", null, clientId, key, algorithm, now, nonce));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var tasks = (await Json.ReadAsync(read)).GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(tasks);
        Assert.All(tasks, t => Assert.Contains("DZ", t.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("jurisdiction").GetString())));

        // The same request again: its nonce is spent.
        var replayed = await Json.ProblemAsync(await gateway.SendAsync(Signed(HttpMethod.Get, "/api/v1/tasks?programme=WDK&limit=5", null, clientId, key, algorithm, now, nonce)), 401);
        Assert.Equal("signature_replayed", replayed.GetProperty("code").GetString());

        // A clock more than 300 s off either way is refused, one inside the window is not. The business clock runs on
        // while the test does, so each timestamp is read fresh, with seconds to spare for a slow machine.
        foreach (var skew in new[] { -310, 310 })
        {
            var skewed = await Json.ProblemAsync(await gateway.SendAsync(Signed(HttpMethod.Get, "/api/v1/tasks", null, clientId, key, algorithm, Now() + skew, Nonce())), 401);
            Assert.Equal("signature_clock_skew", skewed.GetProperty("code").GetString());
        }

        foreach (var skew in new[] { -290, 290 })
        {
            Assert.Equal(HttpStatusCode.OK, (await gateway.SendAsync(Signed(HttpMethod.Get, "/api/v1/tasks", null, clientId, key, algorithm, Now() + skew, Nonce()))).StatusCode);
        }

        // A signed write, its body covered by the signature; the same request with one changed byte is refused.
        var body = JsonSerializer(InboundAssignmentTests.Body("GW-" + Guid.NewGuid().ToString("N")[..8], "万达开区域医疗联合体建设"));
        var written = await gateway.SendAsync(Signed(HttpMethod.Post, "/api/v1/inbound/assignments", body, clientId, key, algorithm, Now(), Nonce()));
        Assert.Equal(HttpStatusCode.Created, written.StatusCode);
        var forged = Signed(HttpMethod.Post, "/api/v1/inbound/assignments", body, clientId, key, algorithm, Now(), Nonce());
        forged.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("2027-06-30", "2027-06-29", StringComparison.Ordinal)));
        forged.Content.Headers.ContentType = new("application/json");
        Assert.Equal("invalid_signature", (await Json.ProblemAsync(await gateway.SendAsync(forged), 401)).GetProperty("code").GetString());

        // Another key, another client's key, a malformed nonce, no signature: refused alike.
        var wrongKey = RandomNumberGenerator.GetBytes(32);
        foreach (var refused in new[]
                 {
                     Signed(HttpMethod.Get, "/api/v1/tasks", null, clientId, wrongKey, algorithm, Now(), Nonce()),
                     Signed(HttpMethod.Get, "/api/v1/tasks", null, "c.nobody", key, algorithm, Now(), Nonce()),
                     Signed(HttpMethod.Get, "/api/v1/tasks", null, clientId, key, algorithm, Now(), "short"),
                     Without(Signed(HttpMethod.Get, "/api/v1/tasks", null, clientId, key, algorithm, Now(), Nonce()), "X-Signature"),
                 })
        {
            Assert.Equal("invalid_signature", (await Json.ProblemAsync(await gateway.SendAsync(refused), 401)).GetProperty("code").GetString());
        }

        // The key removed: signed requests stop.
        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/v1/admin/clients/{clientId}/signing-key")).StatusCode);
        await Json.ProblemAsync(await gateway.SendAsync(Signed(HttpMethod.Get, "/api/v1/tasks", null, clientId, key, algorithm, Now(), Nonce())), 401);
    }

    [Fact]
    public async Task ClientThatMustSign_Should_GetNoToken_But_ActWhenSigned()
    {
        var (clientId, secret) = await factory.CreateClientAsync(["DZ"], ["ledger.read"]);
        var admin = await factory.ClientForAsync("sys.admin");
        var set = await Json.ReadAsync(await admin.PutAsJsonAsync($"/api/v1/admin/clients/{clientId}/signing-key", new { algorithm = "hmac-sm3", required = true }));
        var key = Convert.FromBase64String(set.GetProperty("key").GetString()!);
        var listed = (await Json.ReadAsync(await admin.GetAsync("/api/v1/admin/clients"))).EnumerateArray().Single(c => c.GetProperty("client_id").GetString() == clientId);
        Assert.Equal("hmac-sm3", listed.GetProperty("signature_algorithm").GetString());
        Assert.True(listed.GetProperty("signature_required").GetBoolean());

        var token = await factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
        }));
        Assert.False(token.IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().SendAsync(Signed(HttpMethod.Get, "/api/v1/changes?limit=1", null, clientId, key, "hmac-sm3", Now(), Nonce()))).StatusCode);
        await Json.ProblemAsync(await admin.PutAsJsonAsync($"/api/v1/admin/clients/{clientId}/signing-key", new { algorithm = "hmac-md5" }), 400);
    }

    [Fact]
    public async Task EachClient_Should_HaveItsOwnBudgetPerMinute()
    {
        // The test host gives c.rate-limited 5 requests a minute (every other client keeps the default).
        var admin = await factory.ClientForAsync("sys.admin");
        var created = await Json.ReadAsync(await admin.PostAsJsonAsync("/api/v1/admin/clients", new
        {
            client_id = "c.rate-limited", name = "限流测试", jurisdictions = new[] { "DZ" }, scopes = new[] { "ledger.read" },
        }));
        var limited = await factory.MachineClientAsync("c.rate-limited", created.GetProperty("secret").GetString()!);
        var (otherId, otherSecret) = await factory.CreateClientAsync(["DZ"], ["ledger.read"]);
        var other = await factory.MachineClientAsync(otherId, otherSecret);

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 7; i++)
        {
            answers.Add(await limited.GetAsync("/api/v1/categories"));
        }

        Assert.Equal(5, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        var refused = answers.Last();
        await Json.ProblemAsync(refused, 429);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/categories")).StatusCode);
    }

    private long Now() => factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds();

    private static string Nonce() => Guid.NewGuid().ToString("N");

    private static byte[] JsonSerializer<T>(T body) => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body);

    private static HttpRequestMessage Without(HttpRequestMessage request, string header)
    {
        request.Headers.Remove(header);
        return request;
    }

    // The canonical string as the README gives it, built here by hand: METHOD, path, the query percent-encoded and sorted,
    // timestamp, nonce, and the hex digest of the body, one per line.
    private static HttpRequestMessage Signed(HttpMethod method, string target, byte[]? body, string appKey, byte[] key, string algorithm, long timestamp, string nonce)
    {
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? target : target[..question];
        var query = question < 0 ? "" : string.Join('&', target[(question + 1)..].Split('&').Select(p => p.Split('=')).Select(p => (N: Uri.EscapeDataString(Uri.UnescapeDataString(p[0])), V: Uri.EscapeDataString(Uri.UnescapeDataString(p[1]))))
            .OrderBy(p => p.N, StringComparer.Ordinal).ThenBy(p => p.V, StringComparer.Ordinal).Select(p => $"{p.N}={p.V}"));
        var sm3 = algorithm == "hmac-sm3";
        var digest = sm3 ? Sm3(body ?? []) : SHA256.HashData(body ?? []);
        var canonical = $"{method.Method}\n{path}\n{query}\n{timestamp}\n{nonce}\n{Convert.ToHexStringLower(digest)}";
        var signature = Convert.ToBase64String(Hmac(sm3 ? Sm3 : SHA256.HashData, key, Encoding.UTF8.GetBytes(canonical)));
        var request = new HttpRequestMessage(method, target);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new("application/json");
        }

        request.Headers.Add("X-App-Key", appKey);
        request.Headers.Add("X-Timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("X-Nonce", nonce);
        request.Headers.Add("X-Signature", signature);
        return request;
    }

    // RFC 2104 from the digest alone (both digests have 64-byte blocks).
    private static byte[] Hmac(Func<byte[], byte[]> hash, byte[] key, byte[] message)
    {
        var block = new byte[64];
        (key.Length > 64 ? hash(key) : key).CopyTo(block, 0);
        var inner = hash([.. block.Select(b => (byte)(b ^ 0x36)), .. message]);
        return hash([.. block.Select(b => (byte)(b ^ 0x5c)), .. inner]);
    }

    private static byte[] Sm3(byte[] data)
    {
        var sm3 = new SM3Digest();
        sm3.BlockUpdate(data, 0, data.Length);
        var digest = new byte[32];
        sm3.DoFinal(digest, 0);
        return digest;
    }
}
