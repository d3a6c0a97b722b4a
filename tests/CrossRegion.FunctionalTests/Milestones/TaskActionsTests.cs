using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Milestones;

/// <summary>
/// GET /tasks/{key}/actions answers what the commands would allow: the console offers exactly these actions, so a
/// wrong answer here is a button that fails or a missing one.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class TaskActionsTests(ApiFactory factory)
{
    [Fact]
    public async Task Actions_Should_FollowPartyRoleAndMilestoneState_For_EachKindOfCaller()
    {
        var (key, joint, wanzhouOnly) = await TestTasks.CreateThreeCityTaskAsync(factory);

        var wanzhou = await ActionsAsync("wz.transport", key);
        Assert.Equal("WZ", wanzhou.GetProperty("party").GetString());
        Assert.True(wanzhou.GetProperty("may_report").GetBoolean());
        Assert.True(wanzhou.GetProperty("may_note").GetBoolean());
        Assert.False(wanzhou.GetProperty("may_waive").GetBoolean());
        Assert.True(Of(wanzhou, joint).GetProperty("may_sign_off").GetBoolean());
        Assert.True(Of(wanzhou, wanzhouOnly).GetProperty("may_request_extension").GetBoolean());

        var kaizhou = await ActionsAsync("kz.transport", key);
        Assert.True(Of(kaizhou, joint).GetProperty("may_sign_off").GetBoolean());
        Assert.False(Of(kaizhou, wanzhouOnly).GetProperty("may_sign_off").GetBoolean());
        Assert.False(Of(kaizhou, wanzhouOnly).GetProperty("may_request_extension").GetBoolean());

        // Yunyang participates without responsibility: it comments, it does not report; a unit that is not the party's speaks for nobody.
        var yunyang = await ActionsAsync("yy.admin", key);
        Assert.False(yunyang.GetProperty("may_report").GetBoolean());
        Assert.True(yunyang.GetProperty("may_comment").GetBoolean());
        var unitOfNoParty = await ActionsAsync("yy.transport", key);
        Assert.Equal(JsonValueKind.Null, unitOfNoParty.GetProperty("party").ValueKind);
        Assert.False(unitOfNoParty.GetProperty("may_report").GetBoolean());

        // A department head reads the unit's tasks; reporting and signing are its officers' and the coordinator's.
        var head = await ActionsAsync("dz.transport.head", key);
        Assert.False(head.GetProperty("may_report").GetBoolean());
        Assert.False(Of(head, joint).GetProperty("may_sign_off").GetBoolean());

        var office = await ActionsAsync("joint.office", key);
        Assert.True(office.GetProperty("may_waive").GetBoolean());
        Assert.True(office.GetProperty("may_decide_extensions").GetBoolean());
        Assert.Equal(["archive"], office.GetProperty("status_actions").EnumerateArray().Select(a => a.GetString()));
        Assert.False(office.GetProperty("may_note").GetBoolean());
        Assert.False(Of(office, joint).GetProperty("may_sign_off").GetBoolean());

        Assert.Empty(wanzhou.GetProperty("status_actions").EnumerateArray());
        var observer = await ActionsAsync("province.observer", key);
        Assert.False(observer.GetProperty("may_comment").GetBoolean());
        Assert.False(observer.GetProperty("may_waive").GetBoolean());
    }

    [Fact]
    public async Task Actions_Should_NoLongerOfferSignOff_When_TheCallersPartyHasSigned()
    {
        var (key, joint, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var client = await factory.ClientForAsync("wz.transport");
        var signed = await client.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{joint}/sign-off", new { evidence = "验收报告" });
        signed.EnsureSuccessStatusCode();

        var after = await ActionsAsync("wz.transport", key);

        Assert.False(Of(after, joint).GetProperty("may_sign_off").GetBoolean());
        Assert.True(Of(after, joint).GetProperty("may_reject").GetBoolean());
        Assert.Equal(signed.Headers.ETag!.Tag, $"\"{after.GetProperty("version").GetInt32()}\"");
    }

    [Fact]
    public async Task Actions_Should_Answer404_When_TheCallersCityIsNoParty()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var client = await factory.ClientForAsync("kz.admin");

        await Json.ProblemAsync(await client.GetAsync($"/api/v1/tasks/{key}/actions"), 404);
    }

    private async Task<JsonElement> ActionsAsync(string account, string key)
    {
        var client = await factory.ClientForAsync(account);
        return await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks/{key}/actions"));
    }

    private static JsonElement Of(JsonElement actions, Guid milestone) =>
        actions.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("id").GetGuid() == milestone);
}
