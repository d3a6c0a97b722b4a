using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Milestones;

/// <summary>会签 on a task of the test's own: WZ, DZ and KZ responsible (transport units), Yunyang a participant.</summary>
[Collection(ApiCollection.Name)]
public sealed class SignOffTests(ApiFactory factory)
{
    [Fact]
    public async Task SignOff_Should_LeaveTheMilestoneOpen_Until_EveryOwningPartyHasSigned()
    {
        var (key, joint, _) = await CreateAsync();

        var afterTwo = await SignAsync(key, joint, "wz.transport", "dz.admin");
        var afterThree = await SignAsync(key, joint, "kz.transport");

        Assert.Equal("open", Milestone(afterTwo, joint).GetProperty("status").GetString());
        var done = Milestone(afterThree, joint);
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.True(done.GetProperty("completed_late").GetBoolean());
        Assert.Equal(3, done.GetProperty("sign_offs").GetArrayLength());
        Assert.Equal("confirmed", done.GetProperty("sign_offs")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reject_Should_ReopenTheMilestone_When_AnOwningPartyDisagrees()
    {
        var (key, joint, _) = await CreateAsync();
        await SignAsync(key, joint, "wz.transport", "dz.transport", "kz.transport");

        var client = await factory.ClientForAsync("dz.admin");
        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{joint}/reject", new { reason = "达州段路基未完成" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var milestone = Milestone(await Json.ReadAsync(response), joint);
        Assert.Equal("open", milestone.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, milestone.GetProperty("completed_on").ValueKind);
    }

    [Fact]
    public async Task Waive_Should_CompleteTheMilestone_When_TheJointOfficeReleasesTheLastParty()
    {
        var (key, joint, _) = await CreateAsync();
        await SignAsync(key, joint, "wz.transport", "dz.transport");
        var office = await factory.ClientForAsync("joint.office");

        var response = await office.PostAsJsonAsync(
            $"/api/v1/tasks/{key}/milestones/{joint}/waive", new { jurisdiction = "KZ", reason = "开州段已调整出项目范围" });

        var milestone = Milestone(await Json.ReadAsync(response), joint);
        Assert.Equal("done", milestone.GetProperty("status").GetString());
        Assert.Contains(milestone.GetProperty("sign_offs").EnumerateArray(), s => s.GetProperty("status").GetString() == "waived");
    }

    [Theory]
    [InlineData("yy.admin", 403)]
    [InlineData("kz.admin", 403)]
    [InlineData("wz.admin", 200)]
    public async Task SignOff_Should_AllowOnlyAnOwningParty_When_TheMilestoneIsOwnedByWanzhou(string account, int status)
    {
        var (key, _, wanzhouOnly) = await CreateAsync();
        var client = await factory.ClientForAsync(account);

        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{wanzhouOnly}/sign-off", new { evidence = "验收报告" });

        Assert.Equal(status, (int)response.StatusCode);
    }

    [Fact]
    public async Task SignOff_Should_Answer403_When_TheOfficerIsNotAResponsibleUnitOfTheParty()
    {
        var client = await factory.ClientForAsync("kz.transport");

        // Task 1 (forestry): Kaizhou is a party through its forestry bureau, not its transport bureau.
        var task = await Json.ReadAsync(await client.GetAsync("/api/v1/tasks/WDK-2023-01"));
        var milestone = task.GetProperty("milestones")[0].GetProperty("id").GetGuid();
        var response = await client.PostAsJsonAsync($"/api/v1/tasks/WDK-2023-01/milestones/{milestone}/sign-off", new { evidence = "x" });

        await Json.ProblemAsync(response, 403);
    }

    [Fact]
    public async Task SignOff_Should_Answer404_When_TheCallerIsNotAParty()
    {
        var (key, joint, _) = await CreateAsync(withKaizhou: false);
        var client = await factory.ClientForAsync("kz.admin");

        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{joint}/sign-off", new { evidence = "x" });

        await Json.ProblemAsync(response, 404);
    }

    [Fact]
    public async Task SignOff_Should_Answer400_When_TheEvidenceIsMissing()
    {
        var (key, joint, _) = await CreateAsync();
        var client = await factory.ClientForAsync("wz.admin");

        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{joint}/sign-off", new { evidence = "" });

        Assert.True((await Json.ProblemAsync(response, 400)).GetProperty("errors").TryGetProperty("evidence", out _));
    }

    [Fact]
    public async Task SignOff_Should_Answer412AndChangeNothing_When_IfMatchNamesAVersionTheTaskHasMovedOn()
    {
        var (key, joint, _) = await CreateAsync();
        var wanzhou = await factory.ClientForAsync("wz.transport");
        var read = await wanzhou.GetAsync($"/api/v1/tasks/{key}");
        var etag = read.Headers.ETag!.Tag;
        await SignAsync(key, joint, "dz.transport");

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{key}/milestones/{joint}/sign-off")
        {
            Content = JsonContent.Create(new { evidence = "万州段验收报告" }),
        };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        await Json.ProblemAsync(await wanzhou.SendAsync(stale), 412);

        var now = await wanzhou.GetAsync($"/api/v1/tasks/{key}");
        Assert.DoesNotContain(Milestone(await Json.ReadAsync(now), joint).GetProperty("sign_offs").EnumerateArray(), s => s.GetProperty("jurisdiction").GetString() == "WZ");
        using var current = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{key}/milestones/{joint}/sign-off")
        {
            Content = JsonContent.Create(new { evidence = "万州段验收报告" }),
        };
        current.Headers.TryAddWithoutValidation("If-Match", now.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, (await wanzhou.SendAsync(current)).StatusCode);
    }

    private async Task<JsonElement> SignAsync(string key, Guid milestone, params string[] accounts)
    {
        JsonElement last = default;
        foreach (var account in accounts)
        {
            var client = await factory.ClientForAsync(account);
            var response = await client.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{milestone}/sign-off", new { evidence = $"{account} 验收记录", link = "https://example.org/evidence" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            last = await Json.ReadAsync(response);
        }

        return last;
    }

    private Task<(string Key, Guid Joint, Guid WanzhouOnly)> CreateAsync(bool withKaizhou = true) => TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou);

    private static JsonElement Milestone(JsonElement task, Guid id) => TestTasks.Milestone(task, id);
}
