using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CrossRegion.Domain.Identity;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.Infrastructure.Identity;
using Duende.IdentityModel.Client;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace CrossRegion.FunctionalTests.Auth;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, RFC 6238, computed here by an independent implementation):
/// enrolment with a confirming code and recovery codes, the code at every sign-in on both doors, the roles that must
/// enrol before anything else, and a forced password change holding a person to that one step.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TwoFactorTests(ApiFactory factory)
{
    private const string Password = "Test#Password1";

    [Fact]
    public async Task SignIn_Should_AskForTheCode_When_TwoFactorIsOn()
    {
        var user = await factory.CreateUserAsync(UserRoles.CityCoordinator, "DZ", null);
        var (client, key) = await EnrolAsync(user);

        var missing = await Json.ProblemAsync(await factory.LoginAsync(user, Password, null), 401);
        var wrongCode = await Json.ProblemAsync(await factory.LoginAsync(user, Password, "000000"), 401);
        var wrongPassword = await Json.ProblemAsync(await factory.LoginAsync(user, "Wrong#Password1", null), 401);

        Assert.Equal("two_factor_required", missing.GetProperty("code").GetString());
        Assert.Equal("invalid_two_factor_code", wrongCode.GetProperty("code").GetString());
        Assert.Equal("invalid_credentials", wrongPassword.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(user, Password, Code(key))).StatusCode);
        var me = await Json.ReadAsync(await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative)));
        Assert.True(me.GetProperty("credentials").GetProperty("two_factor_enabled").GetBoolean());

        var standard = factory.CreateClient();
        var without = await standard.RequestPasswordTokenAsync(new PasswordTokenRequest { Address = "/connect/token", UserName = user, Password = Password });
        Assert.Equal("two_factor_required", without.Error);
        var with = await standard.RequestPasswordTokenAsync(new PasswordTokenRequest
        {
            Address = "/connect/token", UserName = user, Password = Password, Parameters = { { "otp", Code(key) } },
        });
        Assert.False(with.IsError, with.Error);
    }

    [Fact]
    public async Task RecoveryCode_Should_StandInForACode_Once()
    {
        var user = await factory.CreateUserAsync(UserRoles.CityCoordinator, "KZ", null);
        var (_, _, recovery) = await EnrolWithCodesAsync(user);

        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(user, Password, recovery[0])).StatusCode);
        Assert.Equal("invalid_two_factor_code", (await Json.ProblemAsync(await factory.LoginAsync(user, Password, recovery[0]), 401)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(user, Password, recovery[1])).StatusCode);
    }

    [Fact]
    public async Task Enrolment_Should_RefuseAWrongCode_And_ChangeNothing()
    {
        var user = await factory.CreateUserAsync(UserRoles.CityCoordinator, "WZ", null);
        var client = await factory.ClientForAsync(user, Password);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri("/api/v1/me/two-factor", UriKind.Relative), null)).StatusCode);

        var problem = await Json.ProblemAsync(await client.PostAsJsonAsync("/api/v1/me/two-factor/confirm", new { code = "123456" }), 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _));
        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(user, Password, null)).StatusCode);
    }

    [Fact]
    public async Task Disable_Should_NeedThePasswordAndACode()
    {
        var user = await factory.CreateUserAsync(UserRoles.CityCoordinator, "YY", null);
        var (client, key) = await EnrolAsync(user);

        await Json.ProblemAsync(await client.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { password = "Wrong#Password1", code = Code(key) }), 400);
        var disabled = await client.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { password = Password, code = Code(key) });

        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(user, Password, null)).StatusCode);
    }

    [Fact]
    public async Task Administrator_Should_EnrolBeforeAnythingElse_And_NotTurnItOff()
    {
        var admin = await factory.CreateUserAsync(UserRoles.SystemAdministrator, null, null);
        var (client, tokens) = await factory.SignInAsync(admin, Password);

        var held = await Json.ProblemAsync(await client.GetAsync(new Uri("/api/v1/admin/jobs", UriKind.Relative)), 403);
        Assert.Equal("two_factor_enrolment_required", held.GetProperty("code").GetString());
        var me = await Json.ReadAsync(await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative)));
        Assert.Equal("enrol_two_factor", me.GetProperty("credentials").GetProperty("required_action").GetString());

        var (enrolled, key, _) = await EnrolWithCodesAsync(admin, (client, tokens));

        Assert.Equal(HttpStatusCode.OK, (await enrolled.GetAsync(new Uri("/api/v1/admin/jobs", UriKind.Relative))).StatusCode);
        var refused = await Json.ProblemAsync(await enrolled.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { password = Password, code = Code(key) }), 422);
        Assert.Equal("two_factor.required", refused.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task ForcedPasswordChange_Should_HoldThePersonToThatStep()
    {
        var user = await factory.CreateUserAsync(UserRoles.DepartmentOfficer, "DZ", "DZ-TRANSPORT");
        await factory.WithDbAsync(db => db.Set<IdentityAccount>().Where(a => a.UserName == user).ExecuteUpdateAsync(s => s.SetProperty(a => a.MustChangePassword, true)));
        var client = await factory.ClientForAsync(user, Password);

        var held = await Json.ProblemAsync(await client.GetAsync(new Uri("/api/v1/tasks?limit=1", UriKind.Relative)), 403);
        Assert.Equal("password_change_required", held.GetProperty("code").GetString());

        var changed = await client.PostAsJsonAsync("/api/v1/me/password", new { current_password = Password, new_password = "Dazhou#Officer2026" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);

        // The change ends the sign-in it was made in; signing in with the new password lifts the hold.
        await Sessions.RefusedWithinAsync(client);
        var again = await factory.ClientForAsync(user, "Dazhou#Officer2026");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync(new Uri("/api/v1/tasks?limit=1", UriKind.Relative))).StatusCode);
    }

    private static string Code(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);

    private async Task<(HttpClient Client, string Key)> EnrolAsync(string user)
    {
        var (client, key, _) = await EnrolWithCodesAsync(user);
        return (client, key);
    }

    private async Task<(HttpClient Client, string Key, List<string> RecoveryCodes)> EnrolWithCodesAsync(
        string user, (HttpClient Client, TokenBody Tokens)? signedIn = null)
    {
        var (client, tokens) = signedIn ?? await factory.SignInAsync(user, Password);
        var setup = await Json.ReadAsync(await client.PostAsync(new Uri("/api/v1/me/two-factor", UriKind.Relative), null));
        var key = setup.GetProperty("shared_key").GetString()!;
        Assert.StartsWith("otpauth://totp/", setup.GetProperty("authenticator_uri").GetString(), StringComparison.Ordinal);

        var confirmed = await client.PostAsJsonAsync("/api/v1/me/two-factor/confirm", new { code = Code(key) });

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var body = await Json.ReadAsync(confirmed);
        var codes = body.GetProperty("recovery_codes").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(10, codes.Count);
        Assert.False(body.TryGetProperty("tokens", out _));

        // The sign-in continues; a refresh gives tokens that no longer ask for the enrolment.
        await factory.RefreshAsync(client, tokens);
        return (client, key, codes);
    }
}
