using System.Net;
using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;
using CrossRegion.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Reports;

/// <summary>Comments every party reads; notes only the author's own city reads; idempotent report submission.</summary>
[Collection(ApiCollection.Name)]
public sealed class DiscussionTests(ApiFactory factory)
{
    [Fact]
    public async Task Note_Should_BeReadableOnlyByTheAuthorsOwnCity()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var author = await factory.ClientForAsync("wz.transport");

        var posted = await author.PostAsJsonAsync($"/api/v1/tasks/{key}/notes", new { text = "区交通局内部：下周约谈施工单位" });

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Single(await ItemsAsync("wz.admin", $"/api/v1/tasks/{key}/notes"));
        Assert.Empty(await ItemsAsync("dz.admin", $"/api/v1/tasks/{key}/notes"));
        Assert.Empty(await ItemsAsync("yy.admin", $"/api/v1/tasks/{key}/notes"));
        await Json.ProblemAsync(await (await factory.ClientForAsync("joint.office")).GetAsync($"/api/v1/tasks/{key}/notes"), 403);

        // The shared history every party reads does not carry the note.
        var history = await Json.ReadAsync(await (await factory.ClientForAsync("dz.admin")).GetAsync($"/api/v1/tasks/{key}/history?limit=200"));
        Assert.DoesNotContain("约谈施工单位", history.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comment_Should_BeReadableByEveryParty_And_TheJointOffice()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var author = await factory.ClientForAsync("dz.transport");

        var posted = await Json.ReadAsync(await author.PostAsJsonAsync($"/api/v1/tasks/{key}/comments", new { text = "达州段已完成路基，请万州协调交界处施工。" }));

        Assert.Equal("DZ", posted.GetProperty("jurisdiction").GetString());
        Assert.Equal("dz.transport", posted.GetProperty("author").GetString());
        foreach (var account in new[] { "wz.admin", "kz.transport", "yy.admin", "joint.office", "province.observer" })
        {
            Assert.Single(await ItemsAsync(account, $"/api/v1/tasks/{key}/comments"));
        }
    }

    [Fact]
    public async Task Messages_Should_Answer404_ForANonParty_And_403_ForAReadOnlyRole()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);

        var outsider = await factory.ClientForAsync("kz.admin");
        await Json.ProblemAsync(await outsider.PostAsJsonAsync($"/api/v1/tasks/{key}/comments", new { text = "开州意见" }), 404);
        await Json.ProblemAsync(await outsider.GetAsync($"/api/v1/tasks/{key}/comments"), 404);
        var observer = await factory.ClientForAsync("province.observer");
        await Json.ProblemAsync(await observer.PostAsJsonAsync($"/api/v1/tasks/{key}/comments", new { text = "省级意见" }), 403);
        var office = await factory.ClientForAsync("joint.office");
        await Json.ProblemAsync(await office.PostAsJsonAsync($"/api/v1/tasks/{key}/notes", new { text = "联办备注" }), 403);
        var problem = await Json.ProblemAsync(await office.PostAsJsonAsync($"/api/v1/tasks/{key}/comments", new { text = "" }), 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task Comments_Should_PageNewestFirst()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var client = await factory.ClientForAsync("joint.office");
        for (var i = 1; i <= 3; i++)
        {
            await client.PostAsJsonAsync($"/api/v1/tasks/{key}/comments", new { text = $"第{i}条" });
        }

        var first = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks/{key}/comments?limit=2"));
        var second = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks/{key}/comments?limit=2&cursor={first.GetProperty("next_cursor").GetString()}"));

        var texts = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(c => c.GetProperty("text").GetString());
        Assert.Equal(["第3条", "第2条", "第1条"], texts);
        await Json.ProblemAsync(await client.GetAsync($"/api/v1/tasks/{key}/comments?cursor=bogus"), 400);
    }

    [Fact]
    public async Task Comments_Should_PageWithoutSkippingOrRepeating_When_SeveralShareTheSameInstant()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var at = DateTimeOffset.UtcNow;
        await factory.WithDbAsync(async db =>
        {
            var taskId = await db.Tasks.IgnoreQueryFilters().Where(t => t.Key == key).Select(t => t.Id).SingleAsync();
            db.TaskComments.AddRange(Enumerable.Range(1, 5).Select(i => new TaskComment(taskId, "WZ", $"同一时刻{i}", "wz.admin", at)));
            return await db.SaveChangesAsync(CancellationToken.None);
        });
        var client = await factory.ClientForAsync("dz.admin");

        var seen = new List<string?>();
        string? cursor = null;
        do
        {
            var page = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks/{key}/comments?limit=2{(cursor is null ? "" : "&cursor=" + cursor)}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(5, seen.Distinct().Count());
        Assert.Equal(5, seen.Count);
    }

    [Fact]
    public async Task ReplayedReport_Should_CreateOneRow_And_AnswerTheOriginal()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var client = await factory.ClientForAsync("wz.transport");
        var idempotencyKey = Guid.NewGuid().ToString();

        var first = await client.SendAsync(Post(key, idempotencyKey));
        var replay = await client.SendAsync(Post(key, idempotencyKey));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await Json.ReadAsync(first)).GetProperty("id").GetGuid(), (await Json.ReadAsync(replay)).GetProperty("id").GetGuid());
        var count = await factory.WithDbAsync(db => db.ProgressReports.IgnoreQueryFilters().CountAsync(r => r.Narrative == "幂等" + idempotencyKey));
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task ReusedKey_Should_Answer422_When_TheBodyDiffers()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var client = await factory.ClientForAsync("wz.transport");
        var idempotencyKey = Guid.NewGuid().ToString();

        await client.SendAsync(Post(key, idempotencyKey));
        var other = await client.SendAsync(Post(key, idempotencyKey, "另一份报告"));

        Assert.Equal("idempotency_key_reused", (await Json.ProblemAsync(other, 422)).GetProperty("code").GetString());
    }

    private static HttpRequestMessage Post(string key, string idempotencyKey, string? narrative = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{key}/reports")
        {
            Content = JsonContent.Create(new { period = "2026-10", narrative = narrative ?? "幂等" + idempotencyKey, status = "on_track" }),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    private async Task<List<System.Text.Json.JsonElement>> ItemsAsync(string account, string path)
    {
        var client = await factory.ClientForAsync(account);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Json.ReadAsync(response)).GetProperty("items").EnumerateArray().ToList();
    }
}
