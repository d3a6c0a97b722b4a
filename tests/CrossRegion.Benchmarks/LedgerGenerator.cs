using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace CrossRegion.Benchmarks;

/// <summary>
/// Writes a large synthetic ledger with PostgreSQL COPY, straight into the schema the API migrated: <c>tasks</c>
/// four-party tasks (all four cities, Yunyang as participant) with 10 milestones each, plus <c>pairTasks</c>
/// Wanzhou–Kaizhou tasks that a Dazhou user must not see.
/// </summary>
internal sealed class LedgerGenerator(string connectionString)
{
    private static readonly string[] Categories = ["ecology", "infrastructure", "industry", "opening_up", "public_services", "reform"];
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public List<string> DazhouVisibleKeys { get; } = [];

    public async Task<TimeSpan> GenerateAsync(int tasks, int pairTasks)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var departments = await DepartmentsAsync(connection);
        var rows = Enumerable.Range(0, tasks).Select(i => new TaskRow($"BEN-{i:D6}", i, ["WZ", "DZ", "KZ", "YY"]))
            .Concat(Enumerable.Range(0, pairTasks).Select(i => new TaskRow($"BEN-P{i:D6}", i, ["WZ", "KZ"])))
            .ToList();
        DazhouVisibleKeys.AddRange(rows.Where(r => r.Jurisdictions.Contains("DZ")).Select(r => r.Key));

        await CopyTasksAsync(connection, rows);
        await CopyPartiesAsync(connection, rows, departments);
        await CopyMilestonesAsync(connection, rows);
        await CopyTargetsAsync(connection, rows);
        // VACUUM sets the visibility map (index-only scans) and ANALYZE the statistics, as a settled database has.
        await using (var analyze = new NpgsqlCommand("VACUUM (ANALYZE)", connection))
        {
            analyze.CommandTimeout = 600;
            await analyze.ExecuteNonQueryAsync();
        }

        return watch.Elapsed;
    }

    public async Task LoadKeysAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT t.\"Key\" FROM \"Tasks\" t WHERE t.\"Key\" LIKE 'BEN-%' AND EXISTS (SELECT 1 FROM \"Parties\" p " +
            "WHERE p.\"TaskId\" = t.\"Id\" AND p.\"JurisdictionCode\" = 'DZ') ORDER BY t.\"Key\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            DazhouVisibleKeys.Add(reader.GetString(0));
        }
    }

    private static async Task<Dictionary<string, Guid>> DepartmentsAsync(NpgsqlConnection connection)
    {
        var result = new Dictionary<string, Guid>();
        await using var command = new NpgsqlCommand("SELECT \"JurisdictionCode\", \"Id\" FROM \"Departments\" WHERE \"FunctionCode\" = 'transport'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result[reader.GetString(0)] = reader.GetGuid(1);
        }

        return result;
    }

    private static async Task CopyTasksAsync(NpgsqlConnection connection, List<TaskRow> rows)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY \"Tasks\" (\"Id\", \"Key\", \"ListType\", \"ProgrammeCode\", \"CategoryCode\", \"TitleZh\", \"TitleEn\", \"PeriodText\", " +
            "\"StartYear\", \"EndYear\", \"MainContent\", \"Status\", \"CreatedAt\", \"NextDueDate\", \"Version\") FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(row.Id, NpgsqlDbType.Uuid);
            await writer.WriteAsync(row.Key, NpgsqlDbType.Varchar);
            await writer.WriteAsync("joint_key_task", NpgsqlDbType.Varchar); // a list type code (ADR 0019): the joint ledger
            await writer.WriteAsync(row.Jurisdictions.Length == 4 ? "WDKY" : "WKY", NpgsqlDbType.Varchar);
            await writer.WriteAsync(Categories[row.Index % Categories.Length], NpgsqlDbType.Varchar);
            await writer.WriteAsync($"基准任务{row.Key}：跨区域联合建设项目", NpgsqlDbType.Varchar);
            await writer.WriteAsync($"Benchmark joint project {row.Key}", NpgsqlDbType.Varchar);
            await writer.WriteAsync("2024—2027年", NpgsqlDbType.Varchar);
            await writer.WriteAsync(2024, NpgsqlDbType.Integer);
            await writer.WriteAsync(2027, NpgsqlDbType.Integer);
            await writer.WriteAsync("合成数据：四地共建项目的主要内容。", NpgsqlDbType.Varchar);
            await writer.WriteAsync("Active", NpgsqlDbType.Varchar);
            await writer.WriteAsync(Created, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(
                Enumerable.Range(0, 10).Where(m => !IsDone(row.Index, m)).Select(m => Due(row.Index, m)).Min(), NpgsqlDbType.Date);
            await writer.WriteAsync(1, NpgsqlDbType.Integer);
        }

        await writer.CompleteAsync();
    }

    private static async Task CopyPartiesAsync(NpgsqlConnection connection, List<TaskRow> rows, Dictionary<string, Guid> departments)
    {
        var links = new List<(Guid Party, Guid Department)>();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY \"Parties\" (\"Id\", \"TaskId\", \"JurisdictionCode\", \"Role\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                foreach (var jurisdiction in row.Jurisdictions)
                {
                    var party = Guid.CreateVersion7();
                    var role = jurisdiction == "YY" ? "Participant" : "Responsible";
                    await writer.StartRowAsync();
                    await writer.WriteAsync(party, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(row.Id, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(jurisdiction, NpgsqlDbType.Varchar);
                    await writer.WriteAsync(role, NpgsqlDbType.Varchar);
                    if (role == "Responsible")
                    {
                        links.Add((party, departments[jurisdiction]));
                    }
                }
            }

            await writer.CompleteAsync();
        }

        await using var departmentWriter = await connection.BeginBinaryImportAsync(
            "COPY \"PartyDepartments\" (\"PartyId\", \"DepartmentId\") FROM STDIN (FORMAT BINARY)");
        foreach (var (party, department) in links)
        {
            await departmentWriter.StartRowAsync();
            await departmentWriter.WriteAsync(party, NpgsqlDbType.Uuid);
            await departmentWriter.WriteAsync(department, NpgsqlDbType.Uuid);
        }

        await departmentWriter.CompleteAsync();
    }

    private static async Task CopyMilestonesAsync(NpgsqlConnection connection, List<TaskRow> rows)
    {
        var owners = new List<(Guid Milestone, string Jurisdiction)>();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY \"Milestones\" (\"Id\", \"TaskId\", \"Title\", \"DueDate\", \"BaselineDueDate\", \"DuePrecision\", \"Status\", \"CompletedOn\", \"SortOrder\") " +
            "FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                var responsible = row.Jurisdictions.Where(j => j != "YY").ToArray();
                for (var m = 0; m < 10; m++)
                {
                    var id = Guid.CreateVersion7();
                    var due = Due(row.Index, m);
                    var done = IsDone(row.Index, m);
                    await writer.StartRowAsync();
                    await writer.WriteAsync(id, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(row.Id, NpgsqlDbType.Uuid);
                    await writer.WriteAsync($"节点{m + 1}", NpgsqlDbType.Varchar);
                    await writer.WriteAsync(due, NpgsqlDbType.Date);
                    await writer.WriteAsync(due, NpgsqlDbType.Date);
                    await writer.WriteAsync("Month", NpgsqlDbType.Varchar);
                    await writer.WriteAsync(done ? "Done" : "Open", NpgsqlDbType.Varchar);
                    if (done)
                    {
                        await writer.WriteAsync(due, NpgsqlDbType.Date);
                    }
                    else
                    {
                        await writer.WriteNullAsync();
                    }

                    await writer.WriteAsync(m + 1, NpgsqlDbType.Integer);
                    owners.Add((id, responsible[m % responsible.Length]));
                }
            }

            await writer.CompleteAsync();
        }

        await using var ownerWriter = await connection.BeginBinaryImportAsync(
            "COPY \"MilestoneOwners\" (\"MilestoneId\", \"JurisdictionCode\") FROM STDIN (FORMAT BINARY)");
        foreach (var (milestone, jurisdiction) in owners)
        {
            await ownerWriter.StartRowAsync();
            await ownerWriter.WriteAsync(milestone, NpgsqlDbType.Uuid);
            await ownerWriter.WriteAsync(jurisdiction, NpgsqlDbType.Varchar);
        }

        await ownerWriter.CompleteAsync();
    }

    private static async Task CopyTargetsAsync(NpgsqlConnection connection, List<TaskRow> rows)
    {
        var targets = rows.Select(r => (Task: r, Id: Guid.CreateVersion7())).ToList();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY \"AnnualTargets\" (\"Id\", \"TaskId\", \"Year\", \"Text\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (task, id) in targets)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(task.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(2025, NpgsqlDbType.Integer);
                await writer.WriteAsync("完成年度投资1.5亿元。", NpgsqlDbType.Varchar);
            }

            await writer.CompleteAsync();
        }

        await using var measures = await connection.BeginBinaryImportAsync(
            "COPY \"Measures\" (\"Id\", \"TargetId\", \"Metric\", \"Comparator\", \"Value\", \"Unit\") FROM STDIN (FORMAT BINARY)");
        foreach (var (_, id) in targets)
        {
            await measures.StartRowAsync();
            await measures.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await measures.WriteAsync(id, NpgsqlDbType.Uuid);
            await measures.WriteAsync("年度投资", NpgsqlDbType.Varchar);
            await measures.WriteAsync("Equal", NpgsqlDbType.Varchar);
            await measures.WriteAsync(1.5m, NpgsqlDbType.Numeric);
            await measures.WriteAsync("亿元", NpgsqlDbType.Varchar);
        }

        await measures.CompleteAsync();
    }

    // Milestones fall due monthly from 2024 to 2027; a third of them are done. Every task keeps open milestones.
    private static DateOnly Due(int task, int milestone) => new DateOnly(2024, 1, 31).AddMonths((task + (milestone * 4)) % 48);

    private static bool IsDone(int task, int milestone) => (task + milestone) % 3 == 0;

    private sealed record TaskRow(string Key, int Index, string[] Jurisdictions)
    {
        public Guid Id { get; } = Guid.CreateVersion7();
    }
}
