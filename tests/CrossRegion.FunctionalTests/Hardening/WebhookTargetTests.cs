using System.Net.Http.Json;
using CrossRegion.Domain.Integration;
using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Integration;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Hardening;

/// <summary>
/// Server-side request forgery: internal targets are refused at subscription and, whatever the stored URL says,
/// again on the address a delivery connects to. (The test host allow-lists 127.0.0.1 for its own receivers.)
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class WebhookTargetTests(ApiFactory factory)
{
    [Theory]
    [InlineData("https://10.0.0.8/hook")]
    [InlineData("https://172.20.1.1/hook")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://100.64.0.1/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[fd00:ec2::254]/")]
    [InlineData("https://[fe80::1]/")]
    [InlineData("https://[::1]/")]
    [InlineData("https://[::ffff:127.0.0.2]/")]
    [InlineData("https://127.0.0.2/")]
    [InlineData("https://0/")]
    [InlineData("https://0.0.0.0/")]
    [InlineData("https://0x7f000002/")]
    [InlineData("https://2130706434/")]
    [InlineData("https://localhost/")]
    [InlineData("https://ｌｏｃａｌｈｏｓｔ/")]
    [InlineData("https://metadata.google.internal/computeMetadata/v1/")]
    [InlineData("https://localtest.me/")]
    [InlineData("https://app.10.0.0.1.nip.io/")]
    [InlineData("https://example.org:22/hook")]
    [InlineData("https://user:pass@example.org/hook")]
    public async Task Subscribe_Should_Answer400NamingUrl_When_TheTargetIsInternal(string url)
    {
        var admin = await factory.ClientForAsync("sys.admin");

        var response = await admin.PostAsJsonAsync("/api/v1/webhooks", new { name = "内网", url, event_types = new[] { "task.created" } });

        var problem = await Json.ProblemAsync(response, 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("url", out _), problem.ToString());
    }

    [Fact]
    public async Task Delivery_Should_RefuseToConnect_When_TheStoredTargetIsInternal()
    {
        // A receiver on 127.0.0.2, which the operator did not allow-list; the subscription is written straight to the
        // database, as if its name had resolved to a public address when it was made and to this one now.
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 0, address: "127.0.0.2");
        var admin = await factory.ClientForAsync("sys.admin");
        var subscription = WebhookSubscription.Create(
            "换了地址的接收端", new Uri(receiver.Address, "/hook").ToString(), "whsec_" + Convert.ToBase64String(new byte[32]),
            ["task.created"], "DZ", await LastPositionAsync(), "tests", null, DateTimeOffset.UtcNow);
        await factory.WithDbAsync(async db =>
        {
            db.WebhookSubscriptions.Add(subscription);
            return await db.SaveChangesAsync();
        });
        await ChaseTasks.CreateAsync(factory, new DateOnly(2027, 6, 30));
        var json = System.Text.Json.JsonSerializer.SerializeToElement(new { id = subscription.Id });

        await WebhookTests.PumpUntilAsync(factory, async () => (await WebhookTests.DeliveriesAsync(admin, json, "dead")).Count > 0);

        var dead = (await WebhookTests.DeliveriesAsync(admin, json, "dead")).First();
        Assert.Empty(receiver.Requests);
        Assert.All(dead.GetProperty("attempt_log").EnumerateArray(), a => Assert.Equal("could not connect to the receiver", a.GetProperty("error").GetString()));
        await admin.DeleteAsync($"/api/v1/webhooks/{subscription.Id}");
    }

    private Task<long> LastPositionAsync() =>
        factory.WithDbAsync(async db => await db.OutboxEvents.MaxAsync(e => e.Position) ?? 0);
}
