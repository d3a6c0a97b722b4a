using System.Net;
using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;
using CrossRegion.FunctionalTests.Tasks;

namespace CrossRegion.FunctionalTests.Hardening;

/// <summary>Stored text that would run as a formula or a script where it is shown: neutralised on export, refused as a link.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExportAndLinkTests(ApiFactory factory)
{
    [Fact]
    public async Task Export_Should_NeutraliseFormulaCells_And_ListOnlyVisibleTasks()
    {
        var office = await factory.ClientForAsync("joint.office");
        var key = CreateTaskTests.NewKey();
        var task = CreateTaskTests.Task(key) with { title_en = "=HYPERLINK(\"https://evil.example/\",\"open\")" };
        Assert.Equal(HttpStatusCode.Created, (await office.PostSnakeAsync("/api/v1/tasks", task)).StatusCode);

        var forDazhou = await (await factory.ClientForAsync("dz.transport")).GetAsync($"/api/v1/exports/tasks?q={key}");
        var forKaizhou = await (await factory.ClientForAsync("kz.transport")).GetStringAsync($"/api/v1/exports/tasks?q={key}");

        Assert.Equal("text/csv", forDazhou.Content.Headers.ContentType?.MediaType);
        var lines = (await forDazhou.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"'=HYPERLINK(\"\"https://evil.example/\"\",\"\"open\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.Single(forKaizhou.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("//evil.example/x")]
    public async Task SignOff_Should_Answer400NamingLink_When_ItIsNotHttp(string link)
    {
        var (key, joint, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var client = await factory.ClientForAsync("dz.transport");

        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{joint}/sign-off", new { evidence = "验收记录", link });

        Assert.True((await Json.ProblemAsync(response, 400)).GetProperty("errors").TryGetProperty("link", out _));
    }
}
