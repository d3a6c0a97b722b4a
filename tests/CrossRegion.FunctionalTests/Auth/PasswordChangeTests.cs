using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.Domain.Identity;
using CrossRegion.FunctionalTests.Infrastructure;
using Duende.IdentityModel.Client;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Auth;

/// <summary>
/// A person changes their own password through the identity store: the policy (length, classes, not one of the last
/// five) answers 400 naming the rule, a wrong current password counts against the sign-in throttle, success ends
/// every other session, and the audit log records the change without the hash.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class PasswordChangeTests(ApiFactory factory)
{
    private const string Initial = "Test#Password1";

    [Fact]
    public async Task ChangePassword_Should_EndEverySession_ThisOneIncluded()
    {
        var user = await factory.CreateUserAsync(UserRoles.CityCoordinator, "KZ", null);
        var first = await factory.ClientForAsync(user, Initial);
        var second = await factory.ClientForAsync(user, Initial);
        var standard = factory.CreateClient();
        var grant = await standard.RequestPasswordTokenAsync(new PasswordTokenRequest { Address = "/connect/token", UserName = user, Password = Initial });
        standard.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", grant.AccessToken);

        var response = await first.PostAsJsonAsync("/api/v1/me/password", new { current_password = Initial, new_password = "Kaizhou#Harbour2026" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await Sessions.RefusedWithinAsync(second);
        await Sessions.RefusedWithinAsync(standard);
        var refreshed = await standard.RequestRefreshTokenAsync(new RefreshTokenRequest { Address = "/connect/token", RefreshToken = grant.RefreshToken! });
        Assert.Equal("invalid_grant", refreshed.Error);
        await Sessions.RefusedWithinAsync(first);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.LoginAsync(user, Initial)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(user, "Kaizhou#Harbour2026")).StatusCode);
    }

    [Theory]
    [InlineData("short1A", "at least 12")]
    [InlineData("alllowercase2026", "upper-case")]
    [InlineData("NoDigitsAtAllHere", "digit")]
    public async Task ChangePassword_Should_Answer400NamingTheRule_When_TheNewPasswordIsWeak(string weak, string rule)
    {
        var user = await factory.CreateUserAsync(UserRoles.CityCoordinator, "KZ", null);
        var client = await factory.ClientForAsync(user, Initial);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var problem = await Json.ProblemAsync(await client.PostAsJsonAsync("/api/v1/me/password", new { current_password = Initial, new_password = weak }), 400);

        Assert.Contains(problem.GetProperty("errors").GetProperty("password").EnumerateArray(), e => e.GetString()!.Contains(rule, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(user, Initial)).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_Should_RefuseAnyOfTheLastFivePasswords()
    {
        var user = await factory.CreateUserAsync(UserRoles.CityCoordinator, "YY", null);
        var passwords = new[] { Initial, "Yunyang#Second22", "Yunyang#Third333", "Yunyang#Fourth44", "Yunyang#Fifth555" };
        for (var i = 1; i < passwords.Length; i++)
        {
            var client = await factory.ClientForAsync(user, passwords[i - 1]);
            Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/v1/me/password", new { current_password = passwords[i - 1], new_password = passwords[i] })).StatusCode);
        }

        var last = await factory.ClientForAsync(user, passwords[^1]);
        last.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        foreach (var reused in passwords)
        {
            var problem = await Json.ProblemAsync(await last.PostAsJsonAsync("/api/v1/me/password", new { current_password = passwords[^1], new_password = reused }), 400);
            Assert.Contains("last 5", problem.GetProperty("errors").GetProperty("password")[0].GetString(), StringComparison.Ordinal);
        }

        // A sixth password is new, and the first one has left the window of five.
        var sixth = await last.PostAsJsonAsync("/api/v1/me/password", new { current_password = passwords[^1], new_password = "Yunyang#Sixth666" });
        Assert.Equal(HttpStatusCode.NoContent, sixth.StatusCode);
        var again = await factory.ClientForAsync(user, "Yunyang#Sixth666");
        Assert.Equal(HttpStatusCode.NoContent, (await again.PostAsJsonAsync("/api/v1/me/password", new { current_password = "Yunyang#Sixth666", new_password = Initial })).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_Should_Answer400OnTheCurrentPassword_And_ChangeNothing_When_ItIsWrong()
    {
        var user = await factory.CreateUserAsync(UserRoles.CityCoordinator, "WZ", null);
        var client = await factory.ClientForAsync(user, Initial);

        var problem = await Json.ProblemAsync(await client.PostAsJsonAsync("/api/v1/me/password", new { current_password = "Not#ThePassword9", new_password = "Wanzhou#Bridge2026" }), 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("current_password", out _));
        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(user, Initial)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.LoginAsync(user, "Wanzhou#Bridge2026")).StatusCode);
        var history = await factory.WithDbAsync(db => db.PasswordHistory.CountAsync(h => db.UserAccounts.Any(u => u.Id == h.UserId && u.UserName == user)));
        Assert.Equal(0, history);
    }

    [Fact]
    public async Task ChangePassword_Should_BeAudited_WithoutTheHash()
    {
        var user = await factory.CreateUserAsync(UserRoles.CityCoordinator, "DZ", null);
        var client = await factory.ClientForAsync(user, Initial);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/v1/me/password", new { current_password = Initial, new_password = "Dazhou#Station2026" })).StatusCode);

        var id = await factory.WithDbAsync(db => db.UserAccounts.Where(u => u.UserName == user).Select(u => u.Id).SingleAsync());
        var changes = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "IdentityAccount" && a.EntityId == id.ToString() && a.Action == "updated")
            .Select(a => a.Changes).ToListAsync());
        var fields = JsonDocument.Parse(Assert.Single(changes)).RootElement[0].GetProperty("fields");
        Assert.True(fields.GetProperty("PasswordHash").GetProperty("changed").GetBoolean());
        Assert.True(fields.GetProperty("SecurityStamp").GetProperty("changed").GetBoolean());
        Assert.DoesNotContain("AQAAAA", changes[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Me_Should_ShowThePersonsCredentialState()
    {
        var user = await factory.CreateUserAsync(UserRoles.CityCoordinator, "DZ", null);
        var client = await factory.ClientForAsync(user, Initial);

        var me = await Json.ReadAsync(await client.GetAsync("/api/v1/me"));

        var credentials = me.GetProperty("credentials");
        Assert.False(credentials.GetProperty("password_change_due").GetBoolean());
        Assert.False(credentials.GetProperty("two_factor_enabled").GetBoolean());
    }

    [Fact]
    public async Task ChangePassword_Should_Answer403_When_TheCallerIsAMachineClient()
    {
        var (clientId, secret) = await factory.CreateClientAsync(["DZ"], ["ledger.read"]);
        var client = await factory.MachineClientAsync(clientId, secret);

        await Json.ProblemAsync(await client.PostAsJsonAsync("/api/v1/me/password", new { current_password = "x", new_password = "Dazhou#Station2026" }), 403);
    }
}
