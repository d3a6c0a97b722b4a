using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using Duende.IdentityModel.Client;
using Npgsql;
using OtpNet;
using Xunit.Abstractions;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>
/// Three API processes against one PostgreSQL, each a Hangfire job server sharing the store. An operator creates an
/// administrator with the CLI and runs the chase now through the admin API: over 20,000 synthetic tasks it owes
/// 140,000 notices (one overdue milestone per task; three months of reports from two parties). The node running it is
/// killed with SIGKILL half-way; a survivor takes the job up within 30 s (its claim lapses, Scheduler:InvisibilitySeconds)
/// and finishes: every notice exactly once, numbers without gaps, one outbox event per notice.
/// </summary>
public sealed class MultiNodeChaseTests(ITestOutputHelper output)
{
    private const int Tasks = 20_000;
    private const int Expected = Tasks * (1 + (2 * 3));
    private const string Password = "Kill-9-Recovery#2026";
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan FailOver = TimeSpan.FromSeconds(30);

    [PostgresFact]
    public async Task Chase_Should_IssueEveryNoticeOnce_When_ThreeNodesRunIt_And_OneIsKilledMidRun()
    {
        await using var database = await TestDatabase.CreateAsync();
        var logs = Directory.CreateTempSubdirectory("crossregion-nodes-").FullName;
        var common = ApiNode.ServerSettings(
            database,
            ("Clock:StartAt", "2026-12-07T09:00:00+08:00"),
            ("Logging:LogLevel:Default", "Warning"),
            ("Logging:LogLevel:CrossRegion", "Information"));

        // One node migrates and seeds, with its scheduler off; the operator creates an administrator with the CLI;
        // then the synthetic ledger (the 2023 list set aside).
        await using (var setup = ApiNode.Start("setup", ApiNode.With(common, ("Scheduler:Enabled", "false")), logs))
        {
            await setup.WaitReadyAsync(Startup);
        }

        await ApiNode.RunCommandAsync(ApiNode.With(common, ("Scheduler:Enabled", "false")), new Dictionary<string, string> { ["CROSSREGION_ADMIN_PASSWORD"] = Password },
            "create-admin", "--username", "ops.admin", "--display-name", "运维管理员");
        var ledger = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Chasing", "chase-ledger.sql"));
        await ExecuteAsync(database, ledger.Replace("{tasks}", Tasks.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            + "UPDATE \"Tasks\" SET \"Status\" = 'Archived' WHERE \"Key\" NOT LIKE 'CHS-%';");

        // Schedules parked: the chase runs when the operator says so, once.
        var nodes = Enumerable.Range(1, 3).Select(n => ApiNode.Start($"node-{n}", ApiNode.With(
            common,
            ("Scheduler:InstanceId", $"node-{n}"),
            ("Scheduler:Jobs:chase:Cron", Hangfire.Cron.Never()),
            ("Scheduler:Jobs:bulletin:Enabled", "false"),
            ("Scheduler:Jobs:retention:Enabled", "false")), logs)).ToList();
        try
        {
            await Task.WhenAll(nodes.Select(n => n.WaitReadyAsync(Startup)));
            using var operatorClient = await SignInAsync(nodes[0]);
            Assert.Equal(HttpStatusCode.Accepted, (await operatorClient.PostAsync(new Uri("/api/v1/admin/jobs/chase/run", UriKind.Relative), null)).StatusCode);

            // Kill the node that is running the chase once part of its work has committed. What it committed is read
            // after it is dead: the survivors must issue exactly the rest.
            var (jobId, victimId) = await WaitForRunInProgressAsync(database);
            var victim = nodes.Single(n => n.Name == victimId);
            victim.Kill();
            var killedAt = DateTime.UtcNow;
            var issuedAtKill = await ScalarAsync(database, "SELECT count(*) FROM \"Notices\"");
            Assert.InRange(issuedAtKill, 1, Expected - 1);

            // A survivor takes the killed node's job up within the fail-over time: Hangfire hands it on once the dead
            // node's claim lapses; the job's advisory lock went with the dead node's connection.
            var takenUp = $"SELECT count(*) FROM hangfire.state s WHERE s.jobid = {jobId} AND s.name = 'Processing' " +
                $"AND s.data::jsonb->>'ServerId' NOT LIKE '{victimId}:%'";
            await WaitForAsync(async () => await ScalarAsync(database, takenUp) > 0, FailOver + TimeSpan.FromSeconds(30));
            var failOver = DateTime.UtcNow - killedAt;
            output.WriteLine($"Fail-over: a survivor took the chase up {failOver.TotalSeconds:0.0} s after the kill; {issuedAtKill} of {Expected} notices were issued by then.");
            Assert.True(failOver < FailOver, $"A survivor took the chase up {failOver.TotalSeconds:0.0} s after the kill (at most {FailOver.TotalSeconds} s).");

            await WaitForAsync(async () => await ScalarAsync(database, "SELECT count(*) FROM \"Notices\"") >= Expected, TimeSpan.FromSeconds(120));
            await Task.Delay(TimeSpan.FromSeconds(5));
            Assert.Equal(Expected, await ScalarAsync(database, "SELECT count(*) FROM \"Notices\""));
            Assert.Equal(Expected, await ScalarAsync(database,
                "SELECT count(*) FROM (SELECT DISTINCT \"Subject\", \"SubjectId\", \"JurisdictionCode\", \"DueOn\", \"Kind\", \"Rung\" FROM \"Notices\") k"));
            Assert.Equal(Tasks, await ScalarAsync(database, "SELECT count(*) FROM \"Notices\" WHERE \"Subject\" = 'Milestone'"));
            Assert.Equal(Expected, await ScalarAsync(database, "SELECT count(DISTINCT \"Serial\") FROM \"Notices\" WHERE \"Year\" = 2026"));
            Assert.Equal(Expected, await ScalarAsync(database, "SELECT max(\"Serial\") FROM \"Notices\" WHERE \"Year\" = 2026"));
            Assert.Equal(Expected, await ScalarAsync(database, "SELECT count(*) FROM \"OutboxEvents\" WHERE \"Type\" = 'notice.issued'"));

            // The run that recovered is recorded when it ends, after the last step: a survivor's, which says it took
            // a dead node's job up and issued exactly what the victim had not.
            var recovered = $"SELECT count(*) FROM \"JobRuns\" WHERE \"Job\" = 'chase' AND \"Outcome\" = 'succeeded' AND \"Node\" <> '{victimId}' " +
                $"AND \"Summary\" LIKE 'Recovered after a node failed. % reminders, {Expected - issuedAtKill} first notices, %'";
            await WaitForAsync(async () => await ScalarAsync(database, recovered) == 1, TimeSpan.FromSeconds(60));

            output.WriteLine($"The survivor's run took {await ScalarAsync(database, recovered.Replace("count(*)", "max(\"DurationMs\")", StringComparison.Ordinal))} ms.");

            // Nobody took the job up while a live node was running it (its claim is renewed while it runs): no run found
            // another in progress and skipped.
            Assert.Equal(0, await ScalarAsync(database, "SELECT count(*) FROM \"JobRuns\" WHERE \"Job\" = 'chase' AND \"Outcome\" = 'skipped'"));
            Assert.All(nodes.Where(n => n != victim), n => Assert.False(n.HasExited));
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }

        // The nodes' logs are kept only when the test fails (the path is in the temp folder, crossregion-nodes-*).
        Directory.Delete(logs, recursive: true);
    }

    // The administrator signs in as on a server (behind the proxy) and, administrators needing two factors, enrols an
    // authenticator first; the refreshed token no longer asks for the enrolment.
    private static async Task<HttpClient> SignInAsync(ApiNode node)
    {
        var client = node.BehindProxy();
        var token = await client.RequestPasswordTokenAsync(new PasswordTokenRequest { Address = "/connect/token", UserName = "ops.admin", Password = Password });
        Assert.False(token.IsError, token.Error);
        client.SetBearerToken(token.AccessToken!);
        var setup = await Json.ReadAsync(await client.PostAsync(new Uri("/api/v1/me/two-factor", UriKind.Relative), null));
        var code = new Totp(Base32Encoding.ToBytes(setup.GetProperty("shared_key").GetString()!)).ComputeTotp(DateTime.UtcNow);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync(new Uri("/api/v1/me/two-factor/confirm", UriKind.Relative), new { code })).StatusCode);
        client.DefaultRequestHeaders.Authorization = null;
        var refreshed = await client.RequestRefreshTokenAsync(new RefreshTokenRequest { Address = "/connect/token", RefreshToken = token.RefreshToken! });
        Assert.False(refreshed.IsError, refreshed.Error);
        client.SetBearerToken(refreshed.AccessToken!);
        return client;
    }

    // The chase's Hangfire job while it is processing (its server id begins with the node's name) and has committed
    // part of its work.
    private static async Task<(long JobId, string Node)> WaitForRunInProgressAsync(TestDatabase database)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < until)
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT j.id, s.data::jsonb->>'ServerId', (SELECT count(*) FROM \"Notices\") FROM hangfire.job j " +
                "JOIN hangfire.state s ON s.id = j.stateid WHERE j.statename = 'Processing' AND j.invocationdata::text LIKE '%ChaseJob%' LIMIT 1", connection);
            await using var reader = await command.ExecuteReaderAsync();
            if (await reader.ReadAsync() && reader.GetInt64(2) > 0)
            {
                return (reader.GetInt64(0), reader.GetString(1).Split(':')[0]);
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("No node was seen running the chase.");
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Not done within {timeout}.");
            }

            await Task.Delay(500);
        }
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
