using System.Text.Json;
using CrossRegion.Domain.Identity;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Audit;

[Collection(ApiCollection.Name)]
public sealed class AuditTrailTests(ApiFactory factory)
{
    [Fact]
    public async Task History_Should_ShowWhoCreatedTheTaskAndWhat_When_APartyReadsIt()
    {
        var client = await factory.ClientForAsync("dz.transport");

        var page = await Json.ReadAsync(await client.GetAsync("/api/v1/tasks/WDK-2023-07/history"));

        var created = page.GetProperty("items")[0];
        Assert.Equal("created", created.GetProperty("action").GetString());
        Assert.Equal("WDK-2023-07", created.GetProperty("entity_id").GetString());
        Assert.Equal("system:setup", created.GetProperty("actor").GetProperty("name").GetString());
        var parts = created.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("entity").GetString()).ToList();
        // In the API's words, as the task representation names its parts and fields (not the model's entity names).
        Assert.Equal("task", created.GetProperty("entity_type").GetString());
        Assert.Contains("task", parts);
        Assert.Contains("party", parts);
        Assert.Contains("milestone", parts);
        Assert.DoesNotContain(parts, p => p!.Any(char.IsUpper));
        var task = created.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("entity").GetString() == "task");
        Assert.Equal("启动运营川渝东出智慧物流港", task.GetProperty("fields").GetProperty("title_zh").GetProperty("after").GetString());
        Assert.Equal("active", task.GetProperty("fields").GetProperty("status").GetProperty("after").GetString());
        var milestone = created.GetProperty("changes").EnumerateArray().First(c => c.GetProperty("entity").GetString() == "milestone");
        Assert.True(milestone.GetProperty("fields").TryGetProperty("baseline_due_date", out _));
        var party = created.GetProperty("changes").EnumerateArray().First(c => c.GetProperty("entity").GetString() == "party");
        Assert.Matches("^(WZ|DZ|KZ|YY)$", party.GetProperty("fields").GetProperty("jurisdiction").GetProperty("after").GetString()!);
        Assert.Equal(JsonValueKind.Array, created.GetProperty("actor").GetProperty("roles").ValueKind);
        Assert.Equal(64, created.GetProperty("hash").GetString()!.Length);
    }

    [Fact]
    public async Task History_Should_Answer404_When_TheCallerIsNotAParty()
    {
        var client = await factory.ClientForAsync("dz.admin");

        var response = await client.GetAsync("/api/v1/tasks/WDK-2023-02/history");

        await Json.ProblemAsync(response, 404);
    }

    [Theory]
    [InlineData("joint.office")]
    [InlineData("wz.admin")]
    public async Task Verify_Should_Answer403_When_TheCallerIsNotAnAdministrator(string account)
    {
        var client = await factory.ClientForAsync(account);

        var response = await client.GetAsync("/api/v1/audit/verify");

        await Json.ProblemAsync(response, 403);
    }

    [Fact]
    public async Task Verify_Should_FindTheChainIntact_When_ManyWritersAppendAtOnce()
    {
        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => factory.CreateUserAsync(UserRoles.Observer, null, null)));
        var admin = await factory.ClientForAsync("sys.admin");

        var result = await Json.ReadAsync(await admin.GetAsync("/api/v1/audit/verify"));

        Assert.True(result.GetProperty("intact").GetBoolean(), result.ToString());
        Assert.True(result.GetProperty("entries_checked").GetInt64() > 40);
    }
}
