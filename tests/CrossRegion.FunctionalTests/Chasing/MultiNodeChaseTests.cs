using System.Globalization;
using CrossRegion.FunctionalTests.Infrastructure;
using Npgsql;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>
/// Three API processes against one PostgreSQL, each a clustered Quartz node firing the chase every two seconds. The
/// chase over 20,000 synthetic tasks owes 140,000 notices (one overdue milestone per task; three months of reports
/// from two parties); the node running it is killed with SIGKILL half-way. The survivors recover the job and finish:
/// every notice exactly once, numbers without gaps, one outbox event per notice.
/// </summary>
public sealed class MultiNodeChaseTests
{
    private const int Tasks = 20_000;
    private const int Expected = Tasks * (1 + (2 * 3));
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(120);

    [PostgresFact]
    public async Task Chase_Should_IssueEveryNoticeOnce_When_ThreeNodesRunIt_And_OneIsKilledMidRun()
    {
        await using var database = await TestDatabase.CreateAsync();
        var logs = Directory.CreateTempSubdirectory("crossregion-nodes-").FullName;
        var common = new Dictionary<string, string>
        {
            ["Database:Provider"] = "postgres",
            ["Database:ConnectionString"] = database.ConnectionString,
            ["CrossRegion:DataDirectory"] = database.Directory,
            ["Audit:SealKey"] = ApiFactory.AuditSealKey,
            ["OpenId:SigningKeyFiles:0"] = TestKeys.OpenIdSigningKeyFile,
            ["OpenId:EncryptionKey"] = TestKeys.OpenIdEncryptionKey,
            ["Clock:StartAt"] = "2026-12-07T09:00:00+08:00",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:CrossRegion"] = "Information",
        };

        // One node migrates and seeds, with its scheduler off; then the synthetic ledger (the 2023 list set aside).
        await using (var setup = ApiNode.Start("setup", With(common, ("Scheduler:Enabled", "false")), logs))
        {
            await setup.WaitReadyAsync(Startup);
        }

        var ledger = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Chasing", "chase-ledger.sql"));
        await ExecuteAsync(database, ledger.Replace("{tasks}", Tasks.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            + "UPDATE \"Tasks\" SET \"Status\" = 'Archived' WHERE \"Key\" NOT LIKE 'CHS-%';");

        var nodes = Enumerable.Range(1, 3).Select(n => ApiNode.Start($"node-{n}", With(
            common,
            ("Scheduler:InstanceId", $"node-{n}"),
            ("Scheduler:CheckinIntervalSeconds", "1"),
            ("Scheduler:Jobs:chase:Cron", "0/2 * * * * ?"),
            ("Scheduler:Jobs:retention:Enabled", "false")), logs)).ToList();
        try
        {
            await Task.WhenAll(nodes.Select(n => n.WaitReadyAsync(Startup)));

            // Kill the node that is running the chase once part of its work has committed. What it committed is read
            // after it is dead: the survivors must issue exactly the rest.
            var (victimId, _) = await WaitForRunInProgressAsync(database);
            var victim = nodes.Single(n => n.Name == victimId);
            victim.Kill();
            var issuedAtKill = await ScalarAsync(database, "SELECT count(*) FROM \"Notices\"");
            Assert.InRange(issuedAtKill, 1, Expected - 1);

            // The survivors recover the job and finish; further firings (every 2 s on both) add nothing.
            await WaitForAsync(async () => await ScalarAsync(database, "SELECT count(*) FROM \"Notices\"") >= Expected, TimeSpan.FromSeconds(120));
            await Task.Delay(TimeSpan.FromSeconds(5));
            Assert.Equal(Expected, await ScalarAsync(database, "SELECT count(*) FROM \"Notices\""));
            Assert.Equal(Expected, await ScalarAsync(database,
                "SELECT count(*) FROM (SELECT DISTINCT \"Subject\", \"SubjectId\", \"JurisdictionCode\", \"DueOn\", \"Kind\", \"Rung\" FROM \"Notices\") k"));
            Assert.Equal(Tasks, await ScalarAsync(database, "SELECT count(*) FROM \"Notices\" WHERE \"Subject\" = 'Milestone'"));
            Assert.Equal(Expected, await ScalarAsync(database, "SELECT count(DISTINCT \"Serial\") FROM \"Notices\" WHERE \"Year\" = 2026"));
            Assert.Equal(Expected, await ScalarAsync(database, "SELECT max(\"Serial\") FROM \"Notices\" WHERE \"Year\" = 2026"));
            Assert.Equal(Expected, await ScalarAsync(database, "SELECT count(*) FROM \"OutboxEvents\" WHERE \"Type\" = 'notice.issued'"));

            // The run that recovered is recorded when it ends, after the last step: a survivor's, which issued
            // exactly what the victim had not.
            var recovered = $"SELECT count(*) FROM \"JobRuns\" WHERE \"Job\" = 'chase' AND \"Outcome\" = 'succeeded' AND \"Node\" <> '{victimId}' " +
                $"AND \"Summary\" LIKE '% reminders, {Expected - issuedAtKill} first notices, %'";
            await WaitForAsync(async () => await ScalarAsync(database, recovered) == 1, TimeSpan.FromSeconds(60));
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

    private static async Task<(string Node, long Issued)> WaitForRunInProgressAsync(TestDatabase database)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < until)
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT f.instance_name, (SELECT count(*) FROM \"Notices\") FROM qrtz_fired_triggers f " +
                "WHERE f.job_name = 'chase' AND f.state = 'EXECUTING' LIMIT 1", connection);
            await using var reader = await command.ExecuteReaderAsync();
            if (await reader.ReadAsync() && reader.GetInt64(1) > 0)
            {
                return (reader.GetString(0), reader.GetInt64(1));
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("No node was seen running the chase.");
    }

    private static Dictionary<string, string> With(Dictionary<string, string> settings, params (string Key, string Value)[] more)
    {
        var result = new Dictionary<string, string>(settings);
        foreach (var (key, value) in more)
        {
            result[key] = value;
        }

        return result;
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
