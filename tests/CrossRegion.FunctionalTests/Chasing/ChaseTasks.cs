using CrossRegion.Domain.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>A 2026 task of the test's own: Wanzhou and Dazhou responsible (transport units), one joint milestone.</summary>
public static class ChaseTasks
{
    /// <param name="keyPrefix">Where the key sorts among others (the chase numbers notices in key order).</param>
    public static async Task<(string Key, Guid TaskId, Guid MilestoneId)> CreateAsync(ApiFactory factory, DateOnly due, string keyPrefix = "WDK-2026-C")
    {
        ArgumentNullException.ThrowIfNull(factory);
        var office = await factory.ClientForAsync("joint.office");
        var body = new TaskBody(
            $"{keyPrefix}{Random.Shared.Next(100000, 999999)}", "joint_key_task", "WDK", "infrastructure", "万达快速通道", "Wanzhou–Dazhou link",
            [], new("2026年", 2026, 2026), "快速通道建设。", null, null,
            [new("WZ", "responsible", null, ["WZ-TRANSPORT"]), new("DZ", "responsible", null, ["DZ-TRANSPORT"])], [],
            [new("完成路基工程", "Subgrade complete", due, "day", ["WZ", "DZ"])]);
        var response = await office.PostSnakeAsync("/api/v1/tasks", body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var created = await Json.ReadAsync(response);
        var taskId = await factory.WithDbAsync(db => db.Tasks.IgnoreQueryFilters().Where(t => t.Key == body.key).Select(t => t.Id).SingleAsync());
        return (body.key, taskId, created.GetProperty("milestones")[0].GetProperty("id").GetGuid());
    }

    public static Task<List<Notice>> NoticesAsync(ApiFactory factory, Guid taskId, NoticeSubject subject) =>
        factory.WithDbAsync(db => db.Notices.AsNoTracking().Where(n => n.TaskId == taskId && n.Subject == subject).OrderBy(n => n.Id).ToListAsync());
}
