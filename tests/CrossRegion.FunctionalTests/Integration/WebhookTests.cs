using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrossRegion.Application.Changes.Common;
using CrossRegion.Application.Webhooks.Common;
using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Integration;

/// <summary>
/// Webhooks against a real receiver on loopback that fails the first attempts: every event arrives once with a
/// signature that verifies, each task's events in order; a receiver that keeps failing ends dead-lettered, and an
/// administrator redelivers once it is fixed. (Test settings: 4 attempts, retries after 0.05–0.2 s.)
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class WebhookTests(ApiFactory factory)
{
    [Fact]
    public async Task Webhooks_Should_ReachAFlakyReceiverOnceEach_SignedAndInOrder_And_DeadLetterADeadOne()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 3);
        var admin = await factory.ClientForAsync("sys.admin");
        var office = await factory.ClientForAsync("joint.office");
        await Json.ProblemAsync(await admin.PostAsJsonAsync("/api/v1/webhooks", new { name = "x", url = "ftp://example.org/", event_types = new[] { "task.created" } }), 400);
        await Json.ProblemAsync(await admin.PostAsJsonAsync("/api/v1/webhooks", new { name = "x", url = "https://example.org/", event_types = new[] { "task.deleted" } }), 400);
        await Json.ProblemAsync(await office.PostAsJsonAsync("/api/v1/webhooks", new { name = "x", url = "https://example.org/", event_types = new[] { "task.created" } }), 403);

        var hook = await CreateAsync(admin, "四川省平台", new Uri(receiver.Address, "/hook"), ["task.created", "task.changed", "milestone.done"]);
        var dead = await CreateAsync(admin, "一个坏掉的接收端", new Uri(receiver.Address, "/dead"), ["task.created"]);
        var secret = hook.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", (await admin.GetStringAsync("/api/v1/webhooks")), StringComparison.Ordinal);

        var keys = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            keys.Add((await ChaseTasks.CreateAsync(factory, new DateOnly(2027, 6, 30))).Key);
        }

        var etag = (await office.GetAsync($"/api/v1/tasks/{keys[0]}")).Headers.ETag!.Tag;
        using (var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tasks/{keys[0]}") { Content = JsonContent.Create(new { remarks = "已开工" }) })
        {
            patch.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
            Assert.True((await office.SendAsync(patch)).IsSuccessStatusCode);
        }

        // Pump until the receiver has everything and the broken endpoint's deliveries are all dead.
        await PumpUntilAsync(factory, async () =>
            Delivered(receiver, "/hook", keys).Count == 4
            && (await DeliveriesAsync(admin, dead, "dead")).Count(d => keys.Contains(TaskKey(receiver, d) ?? string.Empty)) == 3, receiver);

        // Each event once (acknowledged), the first one after three 503s, all signatures valid, each task's events in order.
        var delivered = Delivered(receiver, "/hook", keys);
        Assert.Equal(delivered.Count, delivered.Select(r => r.Id).Distinct().Count());
        Assert.Equal(3, receiver.Requests.Count(r => r.Path == "/hook" && r.Answered == 503));
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        Assert.All(receiver.Requests.Where(r => r.Path == "/hook"), r =>
        {
            Assert.Equal(Sign(secret, r.Id, r.Timestamp, r.Body), r.Signature);
            Assert.InRange(r.Timestamp, now.AddMinutes(-5).ToUnixTimeSeconds(), now.AddMinutes(1).ToUnixTimeSeconds());
        });
        var first = delivered.Where(r => Key(r) == keys[0]).Select(r => Type(r)).ToList();
        Assert.Equal(["task.created", "task.changed"], first);
        Assert.Equal(keys.Select(k => $"task.created {k}"), delivered.Where(r => Type(r) == "task.created").Select(r => $"{Type(r)} {Key(r)}"));

        var retried = (await DeliveriesAsync(admin, hook, "delivered")).Single(d => d.GetProperty("event_id").GetString() == delivered[0].Id);
        Assert.Equal([503, 503, 503, 200], retried.GetProperty("attempt_log").EnumerateArray().Select(a => a.GetProperty("status_code").GetInt32()));
        Assert.Equal([1, 2, 3, 4], retried.GetProperty("attempt_log").EnumerateArray().Select(a => a.GetProperty("number").GetInt32()));

        // Dead-lettered after four attempts; redelivered by an administrator once the receiver is fixed.
        var deadOnes = (await DeliveriesAsync(admin, dead, "dead")).Where(d => keys.Contains(TaskKey(receiver, d) ?? string.Empty)).ToList();
        Assert.All(deadOnes, d => Assert.Equal((4, 500), (d.GetProperty("attempts").GetInt32(), d.GetProperty("last_status_code").GetInt32())));
        receiver.DeadRecovers = true;
        var redeliver = await admin.PostAsync($"/api/v1/webhooks/deliveries/{deadOnes[0].GetProperty("id").GetInt64()}/redeliver", null);
        Assert.Equal(HttpStatusCode.Accepted, redeliver.StatusCode);
        await PumpUntilAsync(factory, () => Task.FromResult(receiver.Requests.Any(r => r.Path == "/dead" && r.Answered == 200)));
        Assert.Equal(deadOnes[0].GetProperty("event_id").GetString(), receiver.Requests.Single(r => r.Path == "/dead" && r.Answered == 200).Id);
        var redelivered = (await DeliveriesAsync(admin, dead, "delivered")).Single(d => d.GetProperty("id").GetInt64() == deadOnes[0].GetProperty("id").GetInt64());
        Assert.Equal([1, 2, 3, 4, 5], redelivered.GetProperty("attempt_log").EnumerateArray().Select(a => a.GetProperty("number").GetInt32()));
        await Json.ProblemAsync(await admin.PostAsync("/api/v1/webhooks/deliveries/999999999/redeliver", null), 404);

        foreach (var subscription in new[] { hook, dead })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/webhooks/{subscription.GetProperty("id").GetGuid()}")).StatusCode);
        }
    }

    [Fact]
    public async Task Delivery_Should_RetryATimeoutAndA429_And_DeadLetterA410AtOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 0);
        var admin = await factory.ClientForAsync("sys.admin");
        var slow = await CreateAsync(admin, "慢", new Uri(receiver.Address, "/slow"), ["task.created"]);
        var busy = await CreateAsync(admin, "忙", new Uri(receiver.Address, "/busy"), ["task.created"]);
        var gone = await CreateAsync(admin, "已停用", new Uri(receiver.Address, "/gone"), ["task.created"]);
        var key = (await ChaseTasks.CreateAsync(factory, new DateOnly(2027, 6, 30))).Key;

        await PumpUntilAsync(factory, async () =>
            (await DeliveriesAsync(admin, slow, "delivered")).Count == 1 && (await DeliveriesAsync(admin, busy, "delivered")).Count == 1
            && (await DeliveriesAsync(admin, gone, "dead")).Count == 1, receiver);

        var timedOut = (await DeliveriesAsync(admin, slow, "delivered")).Single().GetProperty("attempt_log").EnumerateArray().ToList();
        Assert.Equal(2, timedOut.Count);
        Assert.Equal(JsonValueKind.Null, timedOut[0].GetProperty("status_code").ValueKind);
        Assert.Contains("2 s", timedOut[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal([429, 200], (await DeliveriesAsync(admin, busy, "delivered")).Single().GetProperty("attempt_log").EnumerateArray().Select(a => a.GetProperty("status_code").GetInt32()));
        var refused = (await DeliveriesAsync(admin, gone, "dead")).Single();
        Assert.Equal((1, 410), (refused.GetProperty("attempts").GetInt32(), refused.GetProperty("last_status_code").GetInt32()));
        Assert.All(receiver.Requests, r => Assert.Equal(key, Key(r)));

        foreach (var subscription in new[] { slow, busy, gone })
        {
            await admin.DeleteAsync($"/api/v1/webhooks/{subscription.GetProperty("id").GetGuid()}");
        }
    }

    [Fact]
    public async Task Subscriptions_Should_BeManagedByTheirOwnClient_When_AProvincialSystemRegistersForItsJurisdiction()
    {
        var (id, secret) = await factory.CreateClientAsync(["DZ"], ["ledger.read", "webhooks.manage"]);
        var (otherId, otherSecret) = await factory.CreateClientAsync(["DZ"], ["ledger.read", "webhooks.manage"]);
        var (readerId, readerSecret) = await factory.CreateClientAsync(["DZ"], ["ledger.read"]);
        var sichuan = await factory.MachineClientAsync(id, secret);
        var other = await factory.MachineClientAsync(otherId, otherSecret);
        var reader = await factory.MachineClientAsync(readerId, readerSecret);
        var admin = await factory.ClientForAsync("sys.admin");

        await Json.ProblemAsync(await sichuan.PostAsJsonAsync("/api/v1/webhooks", new { name = "川", url = "https://sc.example.org/hook", event_types = new[] { "task.created" }, jurisdiction = "WZ" }), 403);
        await Json.ProblemAsync(await reader.PostAsJsonAsync("/api/v1/webhooks", new { name = "川", url = "https://sc.example.org/hook", event_types = new[] { "task.created" } }), 403);
        var created = await sichuan.PostAsJsonAsync("/api/v1/webhooks", new { name = "四川省平台", url = "https://sc.example.org/hook", event_types = new[] { "task.created", "notice.issued" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var subscription = await Json.ReadAsync(created);
        Assert.Equal("DZ", subscription.GetProperty("jurisdiction").GetString());
        var subscriptionId = subscription.GetProperty("id").GetGuid();

        Assert.Contains((await Json.ReadAsync(await sichuan.GetAsync("/api/v1/webhooks"))).EnumerateArray(), s => s.GetProperty("id").GetGuid() == subscriptionId);
        Assert.DoesNotContain((await Json.ReadAsync(await other.GetAsync("/api/v1/webhooks"))).EnumerateArray(), s => s.GetProperty("id").GetGuid() == subscriptionId);
        var listed = (await Json.ReadAsync(await admin.GetAsync("/api/v1/webhooks"))).EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == subscriptionId);
        Assert.Equal(id, listed.GetProperty("owner_client_id").GetString());
        await Json.ProblemAsync(await other.GetAsync($"/api/v1/webhooks/{subscriptionId}/deliveries"), 404);
        await Json.ProblemAsync(await other.DeleteAsync($"/api/v1/webhooks/{subscriptionId}"), 404);
        Assert.Equal(HttpStatusCode.OK, (await sichuan.GetAsync($"/api/v1/webhooks/{subscriptionId}/deliveries")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await sichuan.DeleteAsync($"/api/v1/webhooks/{subscriptionId}")).StatusCode);
    }

    private static async Task<JsonElement> CreateAsync(HttpClient admin, string name, Uri url, string[] types)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/webhooks", new { name, url, event_types = types, jurisdiction = "DZ" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await Json.ReadAsync(response);
    }

    internal static async Task PumpUntilAsync(ApiFactory factory, Func<Task<bool>> done, WebhookReceiver? receiver = null)
    {
        for (var round = 0; round < 300; round++)
        {
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IOutboxSequencer>().SequenceAsync(CancellationToken.None);
                await scope.ServiceProvider.GetRequiredService<IWebhookDispatcher>().DispatchAsync(CancellationToken.None);
            }

            if (await done())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("Deliveries did not settle: " + string.Join("; ", receiver?.Requests.Select(r => $"{r.Path} {r.Id} {r.Answered} {r.Body}") ?? []));
    }

    internal static async Task<List<JsonElement>> DeliveriesAsync(HttpClient admin, JsonElement subscription, string status)
    {
        var page = await Json.ReadAsync(await admin.GetAsync($"/api/v1/webhooks/{subscription.GetProperty("id").GetGuid()}/deliveries?status={status}&limit=200"));
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    private static List<WebhookReceiver.Received> Delivered(WebhookReceiver receiver, string path, List<string> keys) =>
        receiver.Requests.Where(r => r.Path == path && r.Answered == 200 && keys.Contains(Key(r)!)).ToList();

    private static string? TaskKey(WebhookReceiver receiver, JsonElement delivery) =>
        receiver.Requests.Where(r => r.Id == delivery.GetProperty("event_id").GetString()).Select(Key).FirstOrDefault();

    private static string? Key(WebhookReceiver.Received r) => JsonDocument.Parse(r.Body).RootElement.GetProperty("data").GetProperty("task_key").GetString();

    private static string? Type(WebhookReceiver.Received r) => JsonDocument.Parse(r.Body).RootElement.GetProperty("type").GetString();

    private static string Sign(string secret, string id, long timestamp, string body) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(secret["whsec_".Length..]), Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
}
