using System.Diagnostics;
using System.Text;
using CrossRegion.Application;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Application.Tasks.ListTasks;
using CrossRegion.Domain.Identity;
using CrossRegion.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CrossRegion.Benchmarks;

/// <summary>
/// Runs the real handlers (same application and persistence code as the API) as a Dazhou officer, captures the SQL
/// that EF Core sends, and asks PostgreSQL for EXPLAIN (ANALYZE, BUFFERS) of exactly that SQL.
/// </summary>
internal static class QueryPlans
{
    public static async Task<string> ExplainAsync(string connectionString, string detailKey)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            ["Audit:SealKey"] = "benchmark-audit-seal-key-0123456789-abcdef",
            ["Database:ConnectionString"] = connectionString,
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddApplication()
            .AddInfrastructure(configuration, Path.GetTempPath())
            .AddScoped<ICurrentUser, DazhouOfficer>()
            .BuildServiceProvider();

        var report = new StringBuilder();
        var list = await CaptureAsync(services, m => m.Send(new ListTasksQuery(Category: "industry", Limit: 50)));
        report.AppendLine("### GET /api/v1/tasks?category=industry&limit=50 (Dazhou officer)").AppendLine();
        await AppendPlanAsync(report, connectionString, list[0]);
        var detail = await CaptureAsync(services, m => m.Send(new GetTaskQuery(detailKey)));
        report.AppendLine($"### GET /api/v1/tasks/{detailKey}: the filtered root query of {detail.Count}").AppendLine();
        await AppendPlanAsync(report, connectionString, detail[0]);
        return report.ToString();
    }

    private static async Task<List<CapturedCommand>> CaptureAsync(ServiceProvider services, Func<IMediator, Task> send)
    {
        using var scope = services.CreateScope();
        var commands = new List<CapturedCommand>();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new CommandObserver(commands));
        await send(scope.ServiceProvider.GetRequiredService<IMediator>());
        return commands;
    }

    private static async Task AppendPlanAsync(StringBuilder report, string connectionString, CapturedCommand captured)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + captured.Sql, connection);
        explain.Parameters.AddRange(captured.Parameters);

        report.AppendLine("```sql").AppendLine(captured.Sql).AppendLine("```").AppendLine().AppendLine("```");
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            report.AppendLine(reader.GetString(0));
        }

        report.AppendLine("```").AppendLine();
    }

    private sealed class CommandObserver(List<CapturedCommand> commands) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                value.Subscribe(this);
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data)
            {
                commands.Add(new CapturedCommand(
                    data.Command.CommandText, data.Command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToArray()));
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed record CapturedCommand(string Sql, NpgsqlParameter[] Parameters);

    internal sealed class DazhouOfficer : ICurrentUser
    {
        public CallerKind Kind => CallerKind.User;
        public bool IsAuthenticated => true;
        public Guid? UserId => Guid.Empty;
        public string? Name => "benchmark.dz";
        public IReadOnlyList<string> Jurisdictions => ["DZ"];
        public Guid? DepartmentId => null;
        public UserRoles Roles => UserRoles.DepartmentOfficer;
        public IReadOnlyCollection<string> Scopes => [];
        public bool SeesAllTasks => false;
    }
}
