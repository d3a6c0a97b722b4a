using System.Data.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Evaluation;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace CrossRegion.Infrastructure.Evaluation;

/// <summary>
/// PostgreSQL takes the items by binary COPY, SQLite by one prepared INSERT repeated, both on the context's connection
/// inside the transaction that saved the run: a failure leaves neither.
/// </summary>
internal sealed class EvaluationStore(AppDbContext db) : IEvaluationStore
{
    private const string Columns =
        "\"Id\", \"RunId\", \"Seq\", \"Section\", \"Jurisdiction\", \"Departments\", \"TaskKey\", \"ListType\", \"Subject\", \"SubjectRef\", \"DueOn\", \"Weight\", \"Outcome\", \"JudgedOutcome\"";

    public async Task<IEvaluationWriter> BeginAsync(EvaluationRun run, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            db.EvaluationRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            return new Writer(db.Database.GetDbConnection(), transaction);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    private sealed class Writer(DbConnection connection, IDbContextTransaction transaction) : IEvaluationWriter
    {
        private int _seq;

        public async Task WriteAsync(IReadOnlyList<EvaluationItem> items, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(items);
            foreach (var item in items)
            {
                item.NumberedAs(++_seq);
            }

            if (connection is NpgsqlConnection postgres)
            {
                await CopyAsync(postgres, items, cancellationToken);
            }
            else
            {
                await InsertAsync(connection, transaction.GetDbTransaction(), items, cancellationToken);
            }
        }

        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<EvaluationItem> items, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"EvaluationItems\" ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var item in items)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(item.Id, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(item.RunId, NpgsqlDbType.Uuid, cancellationToken);
            await writer.WriteAsync(item.Seq, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(item.Section, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(item.Jurisdiction, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(item.Departments, NpgsqlDbType.Varchar, cancellationToken);
            await WriteAsync(writer, item.TaskKey, cancellationToken);
            await WriteAsync(writer, item.ListType, cancellationToken);
            await writer.WriteAsync(item.Subject, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(item.SubjectRef, NpgsqlDbType.Varchar, cancellationToken);
            if (item.DueOn is { } due)
            {
                await writer.WriteAsync(due, NpgsqlDbType.Date, cancellationToken);
            }
            else
            {
                await writer.WriteNullAsync(cancellationToken);
            }

            await writer.WriteAsync(item.Weight, NpgsqlDbType.Numeric, cancellationToken);
            await writer.WriteAsync(item.Outcome, NpgsqlDbType.Varchar, cancellationToken);
            await WriteAsync(writer, item.JudgedOutcome, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, NpgsqlDbType.Varchar, cancellationToken);

    private static async Task InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<EvaluationItem> items, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        string[] names = ["id", "run", "seq", "section", "jurisdiction", "departments", "task", "list", "subject", "ref", "due", "weight", "outcome", "judged"];
        command.CommandText = $"INSERT INTO \"EvaluationItems\" ({Columns}) VALUES ({string.Join(", ", names.Select(n => "$" + n))})";
        var parameters = names.Select(n =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$" + n;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var item in items)
        {
            object?[] values =
            [
                item.Id.ToString().ToUpperInvariant(), item.RunId.ToString().ToUpperInvariant(), item.Seq, item.Section, item.Jurisdiction, item.Departments, item.TaskKey,
                item.ListType, item.Subject, item.SubjectRef, item.DueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                item.Weight.ToString("0.0###########################", System.Globalization.CultureInfo.InvariantCulture),
                item.Outcome, item.JudgedOutcome,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
