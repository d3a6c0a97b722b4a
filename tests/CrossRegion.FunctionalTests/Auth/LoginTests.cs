using System.Net;
using System.Net.Http.Json;
using System.Text;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Auth;

[Collection(ApiCollection.Name)]
public sealed class LoginTests(ApiFactory factory)
{
    [Fact]
    public async Task Login_Should_ReturnBearerTokens_When_DemoCredentialsAreRight()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "wz.transport", password = "Demo#2023" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = await Json.ReadAsync(response);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 895, 900);
        Assert.Equal(3, body.GetProperty("access_token").GetString()!.Split('.').Length);
        Assert.True(body.GetProperty("refresh_token").GetString()!.Length >= 40);
    }

    [Fact]
    public async Task Me_Should_DescribeTheCaller_When_ADepartmentOfficerAsks()
    {
        var client = await factory.ClientForAsync("dz.transport");

        var me = await Json.ReadAsync(await client.GetAsync("/api/v1/me"));

        Assert.Equal("user", me.GetProperty("kind").GetString());
        Assert.Equal("dz.transport", me.GetProperty("username").GetString());
        Assert.Equal("DZ", me.GetProperty("jurisdiction").GetProperty("code").GetString());
        Assert.Equal("达州市", me.GetProperty("jurisdiction").GetProperty("name_zh").GetString());
        Assert.Equal("DZ-TRANSPORT", me.GetProperty("department").GetProperty("code").GetString());
        Assert.Equal("transport", me.GetProperty("department").GetProperty("function").GetString());
        Assert.Equal(new[] { "department_officer" }, me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.False(me.GetProperty("sees_all_tasks").GetBoolean());
    }

    [Theory]
    [InlineData("wz.transport", "wrong-password")]
    [InlineData("nobody.here", "Demo#2023")]
    public async Task Login_Should_Answer401WithoutSayingWhich_When_CredentialsAreWrong(string username, string password)
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username, password });

        var problem = await Json.ProblemAsync(response, 401);
        Assert.Equal("invalid_credentials", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Login_Should_Answer400WithFieldErrors_When_FieldsAreMissing()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "" });

        var problem = await Json.ProblemAsync(response, 400);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("username", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Theory]
    [InlineData("{\"username\": \"wz.admin\", \"password\": ")]
    [InlineData("not json at all")]
    [InlineData("{\"username\": 42, \"password\": \"Demo#2023\"}")]
    [InlineData("[1, 2, 3]")]
    public async Task Login_Should_Answer400Problem_When_TheBodyIsMalformed(string body)
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/api/v1/auth/login", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await Json.ProblemAsync(response, 400);
        Assert.Equal("malformed_request", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Login_Should_NameTheField_When_AFieldHasTheWrongType()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync(
            "/api/v1/auth/login", new StringContent("{\"username\": 42, \"password\": \"x\"}", Encoding.UTF8, "application/json"));

        var problem = await Json.ProblemAsync(response, 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("username", out _));
    }

    [Fact]
    public async Task Login_Should_AnswerInEnglish_When_AcceptLanguageIsEnglish()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { username = "wz.admin", password = "bad" }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var english = await Json.ProblemAsync(await client.SendAsync(request), 401);
        var chinese = await Json.ProblemAsync(
            await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "wz.admin", password = "bad" }), 401);

        Assert.Equal("The user name or password is incorrect", english.GetProperty("title").GetString());
        Assert.Equal("用户名或密码错误", chinese.GetProperty("title").GetString());
    }
}
