using System.Net;
using System.Net.Http.Json;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Identity;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;
using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Hardening;

/// <summary>
/// The filter is on the tables, not in the handlers: a query that forgot to check the task first still finds nothing
/// of a task the caller's city is not a party to.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class StructuralVisibilityTests(ApiFactory factory)
{
    [Fact]
    public async Task TaskOwnedRows_Should_BeInvisible_To_ANonPartyCity_When_ReadWithoutTheTask()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var dazhou = await factory.ClientForAsync("dz.transport");
        Assert.Equal(HttpStatusCode.Created, (await dazhou.PostAsJsonAsync($"/api/v1/tasks/{key}/comments", new { text = "达州段已进场" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await dazhou.PostAsJsonAsync($"/api/v1/tasks/{key}/notes", new { text = "内部" })).StatusCode);
        var report = await dazhou.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", new { period = "2024-03", narrative = "进场", progress_percent = 10, status = "on_track" });
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await dazhou.PostAsJsonAsync(
            $"/api/v1/tasks/{key}/asks", new { kind = "approval", subject = "争取批复", addressees = new[] { "SC-DRC" }, submitters = new[] { "DZ" } }, Json.Snake)).StatusCode);

        var asDazhou = await CountAsync(key, "DZ");
        var asKaizhou = await CountAsync(key, "KZ");

        Assert.Equal((1, 1, 1, 1), (asDazhou.Comments, asDazhou.Notes, asDazhou.Reports, asDazhou.Asks));
        Assert.True(asDazhou.History > 0);
        Assert.Equal((0, 0, 0, 0, 0), asKaizhou);
    }

    // Straight to the sets, as a handler that forgot VisibleTasks would: only the filter stands in the way.
    private async Task<(int Comments, int Notes, int Reports, int History, int Asks)> CountAsync(string key, string city)
    {
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new CityOfficer(city);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var taskId = await db.Tasks.IgnoreQueryFilters([AppDbContext.VisibilityFilter]).Where(t => t.Key == key).Select(t => t.Id).SingleAsync();
        return (
            await db.TaskComments.CountAsync(c => c.TaskId == taskId),
            await db.TaskNotes.CountAsync(n => n.TaskId == taskId),
            await db.ProgressReports.CountAsync(r => r.TaskId == taskId),
            await db.AuditEntries.CountAsync(a => a.TaskId == taskId),
            await db.Asks.CountAsync(a => a.TaskId == taskId));
    }
}
