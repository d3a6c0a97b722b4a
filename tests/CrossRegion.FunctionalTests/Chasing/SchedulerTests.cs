using System.Net;
using CrossRegion.FunctionalTests.Infrastructure;
using Duende.IdentityModel.Client;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>The real Hangfire job server with its store on the run's provider, operated through the admin API.</summary>
public sealed class SchedulerTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    [Fact]
    public async Task JobAdmin_Should_ListRunPauseAndResumeJobs_When_TheCallerIsAnAdministrator()
    {
        factory.Clock.Now = ApiFactory.StartAt;
        var admin = await factory.ClientForAsync("sys.admin");
        var office = await factory.ClientForAsync("joint.office");

        var jobs = await Json.ReadAsync(await admin.GetAsync("/api/v1/admin/jobs"));
        var chase = jobs.EnumerateArray().Single(j => j.GetProperty("name").GetString() == "chase");
        Assert.Equal((Hangfire.Cron.Never(), "Asia/Shanghai", "normal"), (chase.GetProperty("cron").GetString(), chase.GetProperty("time_zone").GetString(), chase.GetProperty("state").GetString()));
        Assert.Equal("relaxed", chase.GetProperty("misfire").GetString());
        Assert.True(chase.GetProperty("recoverable").GetBoolean());
        Assert.Contains(jobs.EnumerateArray(), j => j.GetProperty("name").GetString() == "retention");

        await Json.ProblemAsync(await office.GetAsync("/api/v1/admin/jobs"), 403);
        await Json.ProblemAsync(await admin.PostAsync("/api/v1/admin/jobs/nope/run", null), 404);

        // Run now on a working day: the run is recorded as manual, by this node, and audited as system:chase.
        factory.Clock.MorningOf(new DateOnly(2026, 12, 7));
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/v1/admin/jobs/chase/run", null)).StatusCode);
        var run = await WaitForRunAsync(admin);
        Assert.True(run.GetProperty("manual").GetBoolean());
        Assert.Equal("succeeded", run.GetProperty("outcome").GetString());
        Assert.StartsWith("2026-12-07:", run.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ActorName == "system:chase" && a.EntityType == "JobRun")));

        var paused = await Json.ReadAsync(await admin.PostAsync("/api/v1/admin/jobs/chase/pause", null));
        Assert.Equal("paused", paused.EnumerateArray().Single(j => j.GetProperty("name").GetString() == "chase").GetProperty("state").GetString());
        var resumed = await Json.ReadAsync(await admin.PostAsync("/api/v1/admin/jobs/chase/resume", null));
        Assert.Equal("normal", resumed.EnumerateArray().Single(j => j.GetProperty("name").GetString() == "chase").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Retention_Should_DeleteExpiredOperationalRecords_And_KeepTheRest()
    {
        factory.Clock.Now = DateTimeOffset.UtcNow;
        var admin = await factory.ClientForAsync("sys.admin");
        var office = await factory.ClientForAsync("joint.office");
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tasks/WDK-2023-01/comments") { Content = System.Net.Http.Json.JsonContent.Create(new { text = "保留期测试" }) })
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            Assert.Equal(HttpStatusCode.Created, (await office.SendAsync(request)).StatusCode);
        }

        // A sign-in with the token server whose first refresh token is spent (redeemed) by a refresh.
        var tokenServer = factory.CreateClient();
        var pair = await tokenServer.RequestPasswordTokenAsync(new PasswordTokenRequest { Address = "/connect/token", UserName = "yy.admin", Password = "Demo#2023" });
        Assert.False((await tokenServer.RequestRefreshTokenAsync(new RefreshTokenRequest { Address = "/connect/token", RefreshToken = pair.RefreshToken! })).IsError);
        Assert.True(await factory.WithDbAsync(db => db.Set<OpenIddictEntityFrameworkCoreToken>().AnyAsync(t => t.Status == "redeemed")));

        // Position everything committed so far (the pump), then let a hundred days pass and run the retention.
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/v1/admin/jobs/outbox-sequencer/run", null)).StatusCode);
        await WaitForAsync(() => factory.WithDbAsync(db => db.OutboxEvents.AllAsync(e => e.Position != null)));
        var notices = await factory.WithDbAsync(db => db.Notices.CountAsync());
        var audit = await factory.WithDbAsync(db => db.AuditEntries.CountAsync());
        factory.Clock.Now = DateTimeOffset.UtcNow.AddDays(100);
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/v1/admin/jobs/retention/run", null)).StatusCode);
        var run = await WaitForRunAsync(admin, "retention");
        Assert.Equal("succeeded", run.GetProperty("outcome").GetString());

        Assert.Equal(0, await factory.WithDbAsync(db => db.IdempotencyRecords.CountAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Set<OpenIddictEntityFrameworkCoreToken>().AnyAsync(t => t.Status == "redeemed")));
        Assert.True(await factory.WithDbAsync(db => db.Set<OpenIddictEntityFrameworkCoreToken>().AnyAsync(t => t.Status == "valid")));
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboxEvents.CountAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.JobRuns.CountAsync(r => r.Job != "retention")));
        Assert.Equal(notices, await factory.WithDbAsync(db => db.Notices.CountAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.CountAsync()) > audit);
        Assert.True(await factory.WithDbAsync(db => db.TaskComments.AnyAsync(c => c.Text == "保留期测试")));
    }

    [Fact]
    public async Task BulletinJob_Should_GenerateTheJointBulletin_And_EachOwnProgrammeCitys_Once()
    {
        factory.Clock.Now = ApiFactory.StartAt;
        var admin = await factory.ClientForAsync("sys.admin");

        // 2026-11-20: the quarter before is 2026-Q3; Wanzhou keeps programmes of its own (WZ2023), the other cities none.
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/v1/admin/jobs/bulletin/run", null)).StatusCode);
        var first = await WaitForRunAsync(admin, "bulletin");
        Assert.Equal("succeeded", first.GetProperty("outcome").GetString());
        var scopes = await factory.WithDbAsync(db => db.Bulletins.Where(b => b.Period == "2026-Q3" && b.GeneratedBy == "system:bulletin").Select(b => b.Scope).ToListAsync());
        Assert.Equal(["WZ", "joint"], scopes.Order(StringComparer.Ordinal));

        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/v1/admin/jobs/bulletin/run", null)).StatusCode);
        var second = await WaitForRunAsync(admin, "bulletin", runs: 2);
        Assert.Equal("skipped", second.GetProperty("outcome").GetString());
        Assert.Equal(2, await factory.WithDbAsync(db => db.Bulletins.CountAsync(b => b.Period == "2026-Q3")));
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 120 && !await condition(); attempt++)
        {
            await Task.Delay(250);
        }

        Assert.True(await condition());
    }

    private static async Task<System.Text.Json.JsonElement> WaitForRunAsync(HttpClient admin, string job = "chase", int runs = 1)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var recorded = await Json.ReadAsync(await admin.GetAsync($"/api/v1/admin/job-runs?job={job}"));
            if (recorded.GetProperty("items").GetArrayLength() >= runs)
            {
                return recorded.GetProperty("items")[0];
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{job} did not run within 30 s of run-now.");
    }
}
