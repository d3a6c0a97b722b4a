using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Tasks;

namespace CrossRegion.FunctionalTests.Hardening;

/// <summary>Input that used to crash the service (500) or slip through: each is a clear 4xx problem now.</summary>
[Collection(ApiCollection.Name)]
public sealed class BadInputTests(ApiFactory factory)
{
    [Fact]
    public async Task Login_Should_Answer400NamingTheField_When_TheUserNameCarriesANul()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/api/v1/auth/login", Raw("""{"username":"a\u0000b","password":"Demo#2023"}"""));

        var problem = await Json.ProblemAsync(response, 400);
        Assert.Contains("U+0000", problem.GetProperty("errors").GetProperty("username")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u0000", "title_zh")]
    [InlineData("\u001B[31m", "title_zh")]
    [InlineData("\u202E", "title_zh")]
    [InlineData("\u2066", "title_en")]
    public async Task CreateTask_Should_Answer400NamingTheField_When_ATitleCarriesAControlOrBidiCharacter(string bad, string field)
    {
        var office = await factory.ClientForAsync("joint.office");
        var key = CreateTaskTests.NewKey();
        var task = CreateTaskTests.Task(key);
        task = field == "title_zh" ? task with { TitleZh = "联通" + bad + "道路" } : task with { title_en = "Link" + bad + "road" };

        var problem = await Json.ProblemAsync(await office.PostSnakeAsync("/api/v1/tasks", task), 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/tasks/{key}")).StatusCode);
    }

    [Fact]
    public async Task CreateTask_Should_NameTheNestedField_When_ADepartmentCodeCarriesANul()
    {
        var office = await factory.ClientForAsync("joint.office");
        var task = CreateTaskTests.Task(CreateTaskTests.NewKey()) with { Parties = [new("WZ", "responsible", null, ["WZ-TRANSPORT", "WZ\u0000X"])] };

        var problem = await Json.ProblemAsync(await office.PostSnakeAsync("/api/v1/tasks", task), 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("parties[0].departments[1]", out _), problem.ToString());
    }

    [Fact]
    public async Task Text_Should_KeepTabsAndLineBreaks_When_AFieldIsMultiLine()
    {
        var client = await factory.ClientForAsync("dz.transport");

        var response = await client.PostAsJsonAsync("/api/v1/tasks/WDK-2023-05/comments", new { text = "第一行\r\n第二行\t（续）" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/tasks?q=%00", "q")]
    [InlineData("/api/v1/tasks?q=%E2%80%AEabc", "q")]
    public async Task Ledger_Should_Answer400NamingTheParameter_When_TheSearchCarriesAControlCharacter(string path, string field)
    {
        var client = await factory.ClientForAsync("dz.transport");

        var problem = await Json.ProblemAsync(await client.GetAsync(path), 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Comment_And_Report_Should_Answer400_When_TheTextCarriesANul()
    {
        var client = await factory.ClientForAsync("dz.transport");

        var comment = await client.PostAsync("/api/v1/tasks/WDK-2023-05/comments", Raw("""{"text":"进展\u0000"}"""));
        var report = await client.PostAsync("/api/v1/tasks/WDK-2023-05/reports", Raw(
            $$"""{"period":"2026-10","narrative":"编制中\u0000","progress_percent":20,"status":"on_track"}"""));

        Assert.True((await Json.ProblemAsync(comment, 400)).GetProperty("errors").TryGetProperty("text", out _));
        Assert.True((await Json.ProblemAsync(report, 400)).GetProperty("errors").TryGetProperty("narrative", out _));
    }

    [Fact]
    public async Task Json_Should_Answer400_When_AKeyIsRepeated()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync("/api/v1/auth/login", Raw("""{"username":"dz.transport","username":"joint.office","password":"Demo#2023"}"""));

        Assert.Equal("malformed_request", (await Json.ProblemAsync(response, 400)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Import_Should_Answer400_When_AMultipartBodyIsNotMultipart()
    {
        var office = await factory.ClientForAsync("joint.office");
        var content = new StringContent("序号,项目名称\n1,x\n", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=----nothere");

        var response = await office.PostAsync("/api/v1/imports/tasks", content);

        Assert.Equal("csv_malformed", (await Json.ProblemAsync(response, 400)).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{"name":"n","url":"https://example.org/hook"}""")]
    [InlineData("""{"name":"n","url":"https://example.org/hook","event_types":null}""")]
    public async Task Webhook_Should_Answer400NamingEventTypes_When_TheyAreMissing(string body)
    {
        var admin = await factory.ClientForAsync("sys.admin");

        var problem = await Json.ProblemAsync(await admin.PostAsync("/api/v1/webhooks", Raw(body)), 400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("event_types", out _), problem.ToString());
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("application/pdf")]
    [InlineData("text/csv")]
    [InlineData("image/png")]
    public async Task Errors_Should_BeProblemJson_Whatever_TheClientAccepts(string accept)
    {
        var anonymous = factory.CreateClient();
        anonymous.DefaultRequestHeaders.Accept.ParseAdd(accept);
        var kaizhou = await factory.ClientForAsync("kz.transport");
        kaizhou.DefaultRequestHeaders.Accept.ParseAdd(accept);

        var unauthenticated = await anonymous.GetAsync("/api/v1/tasks");
        var notAParty = await kaizhou.GetAsync("/api/v1/tasks/WDK-2023-05");
        var noRoute = await kaizhou.GetAsync("/api/v1/nothing-here");

        await Json.ProblemAsync(unauthenticated, 401);
        await Json.ProblemAsync(notAParty, 404);
        await Json.ProblemAsync(noRoute, 404);
    }

    [Fact]
    public async Task Login_Should_Answer413_When_TheBodyIsLarge()
    {
        var client = factory.CreateClient();
        var huge = "{\"username\":\"" + new string('a', 28 * 1024 * 1024) + "\",\"password\":\"x\"}";

        var response = await client.SendAsync(ExpectingContinue("/api/v1/auth/login", Raw(huge)));

        Assert.Equal("payload_too_large", (await Json.ProblemAsync(response, 413)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Commands_Should_Answer413_When_TheBodyIsOverAMegabyte()
    {
        var client = await factory.ClientForAsync("dz.transport");

        var response = await client.SendAsync(ExpectingContinue("/api/v1/tasks/WDK-2023-05/comments", JsonContent.Create(new { text = new string('进', 600_000) })));

        Assert.Equal("payload_too_large", (await Json.ProblemAsync(response, 413)).GetProperty("code").GetString());
    }

    // As curl sends a large body: the server's answer comes before the body is sent (the server closes the
    // connection on a body it refuses, so a client still sending would see a broken pipe instead of the 413).
    private static HttpRequestMessage ExpectingContinue(string path, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.ExpectContinue = true;
        return request;
    }

    private static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");
}
