using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Administration;

/// <summary>
/// /api/v1/admin/users: a city administrator gives its own city's people accounts (setup link or initial password),
/// disables, resets and unlocks them, and cannot see or touch another city's people; the rules of section 3 of the
/// accounts issue answer with clear problems and leave nothing half-created.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class UserAdministrationTests(ApiFactory factory)
{
    private const string Strong = "Yunyang#Harbour2026";

    [Fact]
    public async Task SetupLink_Should_LetThePersonSetTheirPassword_Once()
    {
        var admin = await factory.ClientForAsync("yy.admin");
        var name = NewName();

        var created = await Json.ReadAsync(await Created(admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            username = name, display_name = "云阳县交通局 科员", jurisdiction = "YY", department = "YY-TRANSPORT", roles = new[] { "department_officer" },
            email = "officer@yunyang.example.cn", phone = "+86 23 5512 3456",
        })));
        var token = created.GetProperty("setup_token").GetString()!;

        Assert.True(created.GetProperty("user").GetProperty("awaiting_setup").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.LoginAsync(name, Strong)).StatusCode);
        var anonymous = factory.CreateClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var weak = await Json.ProblemAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/setup", new { token, password = "short" }), 400);
        Assert.True(weak.GetProperty("errors").TryGetProperty("password", out _));
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/v1/auth/setup", new { token, password = Strong })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(name, Strong)).StatusCode);
        var reused = await Json.ProblemAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/setup", new { token, password = "Another#Password9" }), 400);
        var unknown = await Json.ProblemAsync(await anonymous.PostAsJsonAsync("/api/v1/auth/setup", new { token = "x" + token[1..], password = Strong }), 400);
        Assert.Equal("setup_link_invalid", reused.GetProperty("code").GetString());
        Assert.Equal(reused.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task InitialPassword_Should_BeChangedBeforeAnythingElse()
    {
        var admin = await factory.ClientForAsync("kz.admin");
        var name = NewName();
        await Created(admin.PostAsJsonAsync("/api/v1/admin/users", new
        {
            username = name, display_name = "开州区 协调人", jurisdiction = "KZ", roles = new[] { "city_coordinator" }, initial_password = Strong,
        }));

        var person = await factory.ClientForAsync(name, Strong);

        Assert.Equal("password_change_required", (await Json.ProblemAsync(await person.GetAsync("/api/v1/tasks"), 403)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await person.PostAsJsonAsync("/api/v1/me/password", new { current_password = Strong, new_password = "Kaizhou#Harbour2026" })).StatusCode);
    }

    [Fact]
    public async Task Create_Should_AnswerClearProblems_And_CreateNothing()
    {
        var admin = await factory.ClientForAsync("wz.admin");
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var name = NewName();
        object Body(string? jurisdiction = "WZ", string? department = "WZ-TRANSPORT", string role = "department_officer", string? password = Strong, string username = "") =>
            new { username = username.Length > 0 ? username : name, display_name = "x", jurisdiction, department, roles = new[] { role }, initial_password = password };

        var weak = await Json.ProblemAsync(await admin.PostAsJsonAsync("/api/v1/admin/users", Body(password: "weakpassword")), 400);
        var foreignUnit = await Json.ProblemAsync(await admin.PostAsJsonAsync("/api/v1/admin/users", Body(department: "DZ-TRANSPORT")), 422);
        var foreignCity = await Json.ProblemAsync(await admin.PostAsJsonAsync("/api/v1/admin/users", Body(jurisdiction: "DZ", department: "DZ-TRANSPORT")), 403);
        var beyondRole = await Json.ProblemAsync(await admin.PostAsJsonAsync("/api/v1/admin/users", Body(role: "system_administrator", department: null)), 403);
        var taken = await Json.ProblemAsync(await admin.PostAsJsonAsync("/api/v1/admin/users", Body(username: "wz.transport")), 409);

        Assert.Contains(weak.GetProperty("errors").GetProperty("initial_password").EnumerateArray(), e => e.GetString()!.Contains("upper-case", StringComparison.Ordinal));
        Assert.Equal("user.department_jurisdiction", foreignUnit.GetProperty("rule").GetString());
        Assert.Equal("forbidden", foreignCity.GetProperty("code").GetString());
        Assert.Contains("system_administrator", beyondRole.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("user.duplicate", taken.GetProperty("rule").GetString());
        var system = await factory.ClientForAsync("sys.admin");
        Assert.Equal(HttpStatusCode.NotFound, (await system.GetAsync($"/api/v1/admin/users/{name}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.LoginAsync(name, Strong)).StatusCode);
    }

    [Fact]
    public async Task CityAdministrator_Should_NeitherSeeNorChangeAnotherCitysPeople()
    {
        var wanzhou = await factory.ClientForAsync("wz.admin");

        var page = await Json.ReadAsync(await wanzhou.GetAsync("/api/v1/admin/users?limit=200"));

        Assert.All(page.GetProperty("items").EnumerateArray(), u => Assert.Equal("WZ", u.GetProperty("jurisdiction").GetString()));
        Assert.Contains(page.GetProperty("items").EnumerateArray(), u => u.GetProperty("username").GetString() == "wz.transport");
        await Json.ProblemAsync(await wanzhou.GetAsync("/api/v1/admin/users/dz.transport"), 404);
        await Json.ProblemAsync(await wanzhou.PostAsync("/api/v1/admin/users/dz.transport/disable", null), 404);
        await Json.ProblemAsync(await wanzhou.PostAsync("/api/v1/admin/users/joint.office/reset-password", null), 404);
        await Json.ProblemAsync(await wanzhou.PatchAsJsonAsync("/api/v1/admin/users/dz.transport", new { display_name = "x" }), 404);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.ClientForAsync("dz.transport")).GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Disable_Should_RefuseThePersonsExistingToken_Within_Seconds_And_Enable_LetThemBackIn()
    {
        var admin = await factory.ClientForAsync("dz.admin");
        var name = await factory.CreateUserAsync(Domain.Identity.UserRoles.DepartmentOfficer, "DZ", "DZ-TRANSPORT");
        var person = await factory.ClientForAsync(name, "Test#Password1");

        Assert.False((await Json.ReadAsync(await admin.PostAsync($"/api/v1/admin/users/{name}/disable", null))).GetProperty("active").GetBoolean());

        await Sessions.RefusedWithinAsync(person);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.LoginAsync(name, "Test#Password1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/admin/users/{name}/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(name, "Test#Password1")).StatusCode);
        var self = await Json.ProblemAsync(await admin.PostAsync("/api/v1/admin/users/dz.admin/disable", null), 422);
        Assert.Equal("user.disable_self", self.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task ResetPassword_Should_EndSessions_And_ForceAChange_And_Unlock_ClearTheWait()
    {
        var admin = await factory.ClientForAsync("kz.admin");
        var name = await factory.CreateUserAsync(Domain.Identity.UserRoles.CityCoordinator, "KZ", null);
        var person = await factory.ClientForAsync(name, "Test#Password1");
        for (var i = 0; i < 6; i++)
        {
            await factory.LoginAsync(name, "Wrong#Password" + i);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await factory.LoginAsync(name, "Test#Password1")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/users/{name}/unlock", null)).StatusCode);
        var reset = await Json.ReadAsync(await admin.PostAsJsonAsync($"/api/v1/admin/users/{name}/reset-password", new { new_password = Strong }));

        Assert.True(reset.GetProperty("user").GetProperty("password_change_due").GetBoolean());
        Assert.Equal(JsonValueKind.Null, reset.GetProperty("setup_token").ValueKind);
        await Sessions.RefusedWithinAsync(person);
        var again = await factory.ClientForAsync(name, Strong);
        Assert.Equal("password_change_required", (await Json.ProblemAsync(await again.GetAsync("/api/v1/tasks"), 403)).GetProperty("code").GetString());
        var link = await Json.ReadAsync(await admin.PostAsync($"/api/v1/admin/users/{name}/reset-password", null));
        Assert.False(string.IsNullOrEmpty(link.GetProperty("setup_token").GetString()));
    }

    [Fact]
    public async Task AdministratorRoles_Should_RequireTwoFactor_And_OnlyTheSystemAdministratorGrantsThem()
    {
        var system = await factory.ClientForAsync("sys.admin");
        var name = NewName();
        await Created(system.PostAsJsonAsync("/api/v1/admin/users", new
        {
            username = name, display_name = "万达开联合办公室 管理员", roles = new[] { "joint_office_administrator", "joint_office_coordinator" }, initial_password = Strong,
        }));
        var person = await factory.ClientForAsync(name, Strong);
        Assert.Equal(HttpStatusCode.NoContent, (await person.PostAsJsonAsync("/api/v1/me/password", new { current_password = Strong, new_password = "Wanzhou#Harbour2026" })).StatusCode);

        var again = await factory.ClientForAsync(name, "Wanzhou#Harbour2026");

        Assert.Equal("two_factor_enrolment_required", (await Json.ProblemAsync(await again.GetAsync("/api/v1/admin/users"), 403)).GetProperty("code").GetString());
        var listed = await Json.ReadAsync(await system.GetAsync($"/api/v1/admin/users?role=joint_office_administrator&q={name}"));
        Assert.Equal(name, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("username").GetString());
        var cityAdmin = await factory.ClientForAsync("wz.admin");
        Assert.Equal(HttpStatusCode.NotFound, (await cityAdmin.GetAsync($"/api/v1/admin/users/{name}")).StatusCode);
    }

    [Fact]
    public async Task ResetTwoFactor_Should_LetAPersonWhoLostTheirAuthenticatorSignInWithThePasswordAgain()
    {
        var admin = await factory.ClientForAsync("kz.admin");
        var name = await factory.CreateUserAsync(Domain.Identity.UserRoles.CityCoordinator, "KZ", null);
        var person = await factory.ClientForAsync(name, "Test#Password1");
        var key = (await Json.ReadAsync(await person.PostAsync("/api/v1/me/two-factor", null))).GetProperty("shared_key").GetString()!;
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);
        Assert.Equal(HttpStatusCode.OK, (await person.PostAsJsonAsync("/api/v1/me/two-factor/confirm", new { code })).StatusCode);
        Assert.Equal("two_factor_required", (await Json.ProblemAsync(await factory.LoginAsync(name, "Test#Password1"), 401)).GetProperty("code").GetString());

        var reset = await Json.ReadAsync(await admin.PostAsync($"/api/v1/admin/users/{name}/reset-two-factor", null));

        Assert.False(reset.GetProperty("two_factor_enabled").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await factory.LoginAsync(name, "Test#Password1")).StatusCode);
        await Json.ProblemAsync(await (await factory.ClientForAsync("wz.admin")).PostAsync($"/api/v1/admin/users/{name}/reset-two-factor", null), 404);
    }

    [Fact]
    public async Task Update_Should_ChangeRolesAndUnit_UnderTheGrantRules_And_EndTheSessions()
    {
        var admin = await factory.ClientForAsync("dz.admin");
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var name = await factory.CreateUserAsync(Domain.Identity.UserRoles.DepartmentOfficer, "DZ", "DZ-TRANSPORT");
        var person = await factory.ClientForAsync(name, "Test#Password1");

        var updated = await Json.ReadAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/users/{name}", new
        {
            display_name = "达州市发展改革委 科长", department = "DZ-DRC", roles = new[] { "department_officer", "department_head" }, email = "head@dazhou.example.cn",
        }));

        Assert.Equal("DZ-DRC", updated.GetProperty("department").GetString());
        Assert.Equal(["department_head", "department_officer"], updated.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Order());
        Assert.Equal("head@dazhou.example.cn", updated.GetProperty("email").GetString());
        await Sessions.RefusedWithinAsync(person);
        Assert.Equal("DZ-DRC", (await Json.ReadAsync(await (await factory.ClientForAsync(name, "Test#Password1")).GetAsync("/api/v1/me"))).GetProperty("department").GetProperty("code").GetString());
        await Json.ProblemAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/users/{name}", new { roles = new[] { "observer" } }), 403);
        var foreignUnit = await Json.ProblemAsync(await admin.PatchAsJsonAsync($"/api/v1/admin/users/{name}", new { department = "WZ-DRC" }), 422);
        Assert.Equal("user.department_jurisdiction", foreignUnit.GetProperty("rule").GetString());
    }

    private static async Task<HttpResponseMessage> Created(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return response;
    }

    private static string NewName() => "t." + Guid.NewGuid().ToString("N")[..10];
}
