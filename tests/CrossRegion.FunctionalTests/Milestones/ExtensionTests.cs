using System.Net;
using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Milestones;

[Collection(ApiCollection.Name)]
public sealed class ExtensionTests(ApiFactory factory)
{
    [Fact]
    public async Task ApprovedExtension_Should_MoveTheDueDateAndKeepTheBaseline()
    {
        var (key, _, wanzhouOnly) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var wanzhou = await factory.ClientForAsync("wz.transport");
        var office = await factory.ClientForAsync("joint.office");

        var requested = await wanzhou.PostAsJsonAsync(
            $"/api/v1/tasks/{key}/milestones/{wanzhouOnly}/extensions", new { due_date = "2027-06-30", reason = "征地拆迁受阻" });
        var request = TestTasks.Milestone(await Json.ReadAsync(requested), wanzhouOnly).GetProperty("extensions")[0];
        var approved = await office.PostAsJsonAsync($"/api/v1/tasks/{key}/extensions/{request.GetProperty("id").GetGuid()}/approve", new { reason = "同意" });

        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        Assert.Equal("pending", request.GetProperty("status").GetString());
        var milestone = TestTasks.Milestone(await Json.ReadAsync(approved), wanzhouOnly);
        Assert.Equal("2027-06-30", milestone.GetProperty("due_date").GetString());
        Assert.Equal("2024-03-31", milestone.GetProperty("baseline_due_date").GetString());
        Assert.Equal("approved", milestone.GetProperty("extensions")[0].GetProperty("status").GetString());
        Assert.Equal("open", milestone.GetProperty("outcome").GetString());

        var signed = await wanzhou.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{wanzhouOnly}/sign-off", new { evidence = "验收报告" });
        Assert.Equal("after_extension", TestTasks.Milestone(await Json.ReadAsync(signed), wanzhouOnly).GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Decision_Should_Answer412AndDecideNothing_When_IfMatchNamesAVersionTheTaskHasMovedOn()
    {
        var (key, joint, wanzhouOnly) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var wanzhou = await factory.ClientForAsync("wz.transport");
        var office = await factory.ClientForAsync("joint.office");
        var requested = await wanzhou.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{wanzhouOnly}/extensions", new { due_date = "2027-06-30", reason = "征地拆迁受阻" });
        var id = TestTasks.Milestone(await Json.ReadAsync(requested), wanzhouOnly).GetProperty("extensions")[0].GetProperty("id").GetGuid();
        var read = (await office.GetAsync($"/api/v1/tasks/{key}")).Headers.ETag!.Tag;
        (await wanzhou.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{joint}/sign-off", new { evidence = "验收报告" })).EnsureSuccessStatusCode();

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{key}/extensions/{id}/approve") { Content = JsonContent.Create(new { reason = "同意" }) };
        stale.Headers.TryAddWithoutValidation("If-Match", read);
        await Json.ProblemAsync(await office.SendAsync(stale), 412);

        var now = await office.GetAsync($"/api/v1/tasks/{key}");
        Assert.Equal("pending", TestTasks.Milestone(await Json.ReadAsync(now), wanzhouOnly).GetProperty("extensions")[0].GetProperty("status").GetString());
        using var current = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{key}/extensions/{id}/approve") { Content = JsonContent.Create(new { reason = "同意" }) };
        current.Headers.TryAddWithoutValidation("If-Match", now.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, (await office.SendAsync(current)).StatusCode);
    }

    [Fact]
    public async Task RejectedExtension_Should_LeaveTheDueDate_And_TheMilestoneStaysOverdue()
    {
        var (key, _, wanzhouOnly) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var wanzhou = await factory.ClientForAsync("wz.admin");
        var office = await factory.ClientForAsync("joint.office");
        var requested = await Json.ReadAsync(await wanzhou.PostAsJsonAsync(
            $"/api/v1/tasks/{key}/milestones/{wanzhouOnly}/extensions", new { due_date = "2027-06-30", reason = "资金未到位" }));
        var id = TestTasks.Milestone(requested, wanzhouOnly).GetProperty("extensions")[0].GetProperty("id").GetGuid();

        var rejected = await office.PostAsJsonAsync($"/api/v1/tasks/{key}/extensions/{id}/reject", new { reason = "理由不充分" });

        var milestone = TestTasks.Milestone(await Json.ReadAsync(rejected), wanzhouOnly);
        Assert.Equal("2024-03-31", milestone.GetProperty("due_date").GetString());
        Assert.Equal("overdue", milestone.GetProperty("outcome").GetString());
        Assert.Equal("rejected", milestone.GetProperty("extensions")[0].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("dz.admin", 403)]
    [InlineData("yy.admin", 403)]
    public async Task RequestExtension_Should_Answer403_When_ThePartyDoesNotOwnTheMilestone(string account, int status)
    {
        var (key, _, wanzhouOnly) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var client = await factory.ClientForAsync(account);

        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{wanzhouOnly}/extensions", new { due_date = "2027-06-30", reason = "x" });

        await Json.ProblemAsync(response, status);
    }

    [Fact]
    public async Task RequestExtension_Should_Answer422_When_TheNewDateIsNotLater()
    {
        var (key, _, wanzhouOnly) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var client = await factory.ClientForAsync("wz.admin");

        var response = await client.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{wanzhouOnly}/extensions", new { due_date = "2024-01-31", reason = "x" });

        await Json.ProblemAsync(response, 422);
    }

    [Fact]
    public async Task DecideExtension_Should_Answer403_When_ACityCoordinatorTries()
    {
        var (key, _, wanzhouOnly) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var wanzhou = await factory.ClientForAsync("wz.admin");
        var requested = await Json.ReadAsync(await wanzhou.PostAsJsonAsync(
            $"/api/v1/tasks/{key}/milestones/{wanzhouOnly}/extensions", new { due_date = "2027-06-30", reason = "x" }));
        var id = TestTasks.Milestone(requested, wanzhouOnly).GetProperty("extensions")[0].GetProperty("id").GetGuid();

        var response = await wanzhou.PostAsJsonAsync($"/api/v1/tasks/{key}/extensions/{id}/approve", new { reason = "自批" });

        await Json.ProblemAsync(response, 403);
    }
}
