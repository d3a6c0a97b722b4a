using System.Net;
using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Channels;

/// <summary>A person's own notification preferences: the defaults, bad input refused by field, saved as given; people only.</summary>
[Collection(ApiCollection.Name)]
public sealed class NotificationPreferenceTests(ApiFactory factory)
{
    [Fact]
    public async Task Preferences_Should_StartAtTheDefaults_RefuseBadInput_And_KeepWhatIsSet()
    {
        var user = await factory.CreateUserAsync(CrossRegion.Domain.Identity.UserRoles.DepartmentOfficer, "KZ", "KZ-TRANSPORT");
        var person = await factory.ClientForAsync(user, "Test#Password1");

        var defaults = await Json.ReadAsync(await person.GetAsync("/api/v1/me/notification-preferences"));
        Assert.True(defaults.GetProperty("email").GetBoolean());
        Assert.False(defaults.GetProperty("sms").GetBoolean());
        Assert.Equal("22:00", defaults.GetProperty("quiet_from").GetString());
        Assert.Equal("07:00", defaults.GetProperty("quiet_until").GetString());

        var missing = await Json.ProblemAsync(await person.PutAsJsonAsync("/api/v1/me/notification-preferences", new { email = true, sms = true }), 400);
        Assert.True(missing.GetProperty("errors").TryGetProperty("email_address", out _));
        Assert.True(missing.GetProperty("errors").TryGetProperty("phone", out _));
        var bad = await Json.ProblemAsync(await person.PutAsJsonAsync("/api/v1/me/notification-preferences", new
        {
            email = true, sms = false, email_address = "not-an-address", quiet_from = "25:00", quiet_until = "07:00", language = "fr", from_level = "mayor",
        }), 400);
        foreach (var field in new[] { "email_address", "quiet_from", "language", "from_level" })
        {
            Assert.True(bad.GetProperty("errors").TryGetProperty(field, out _), field);
        }

        var saved = await person.PutAsJsonAsync("/api/v1/me/notification-preferences", new
        {
            email = true, sms = true, reminders = true, from_level = "city_coordinator", language = "en", quiet_from = "23:30", quiet_until = "06:30",
            email_address = "li.na@kz.example.gov.cn", phone = "13800138000",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var read = await Json.ReadAsync(await person.GetAsync("/api/v1/me/notification-preferences"));
        Assert.Equal("city_coordinator", read.GetProperty("from_level").GetString());
        Assert.Equal("en", read.GetProperty("language").GetString());
        Assert.Equal("23:30", read.GetProperty("quiet_from").GetString());
        Assert.Equal("li.na@kz.example.gov.cn", read.GetProperty("email_address").GetString());

        var (clientId, secret) = await factory.CreateClientAsync(["KZ"], ["ledger.read"]);
        await Json.ProblemAsync(await (await factory.MachineClientAsync(clientId, secret)).GetAsync("/api/v1/me/notification-preferences"), 403);
    }
}
