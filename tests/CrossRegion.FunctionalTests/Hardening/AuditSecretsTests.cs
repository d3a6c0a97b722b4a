using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Hardening;

/// <summary>The audit log says that a secret changed, never what it is: webhook secrets and token-server client secrets.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuditSecretsTests(ApiFactory factory)
{
    [Fact]
    public async Task WebhookSecret_Should_BeAuditedAsChanged_WithoutItsValue()
    {
        var admin = await factory.ClientForAsync("sys.admin");
        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        var created = await admin.PostAsJsonAsync("/api/v1/webhooks", new { name = "audit-log-check", url = "https://example.org/hook", event_types = new[] { "task.created" }, secret });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json.ReadAsync(created)).GetProperty("id").GetString();
        Assert.True((await admin.DeleteAsync(new Uri($"/api/v1/webhooks/{id}", UriKind.Relative))).IsSuccessStatusCode);
        var changes = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "WebhookSubscription" && a.EntityId == id && a.Action == "created").Select(a => a.Changes).SingleAsync());
        Assert.DoesNotContain(secret["whsec_".Length..], changes, StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(changes).RootElement[0].GetProperty("fields").GetProperty("Secret").GetProperty("changed").GetBoolean());
    }

    [Fact]
    public async Task ClientRegistration_Should_KeepItsSecretOutOfTheAuditLog()
    {
        var (clientId, secret) = await factory.CreateClientAsync(["WZ"], ["ledger.read"]);

        var changes = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Changes.Contains(clientId)).Select(a => a.Changes).ToListAsync());

        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.DoesNotContain(secret, c, StringComparison.Ordinal));
    }
}
