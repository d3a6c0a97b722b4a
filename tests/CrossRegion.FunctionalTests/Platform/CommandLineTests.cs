using System.Diagnostics;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CrossRegion.FunctionalTests.Platform;

/// <summary>The operator commands, run as a real process outside demo mode.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task CreateAdmin_Should_CreateTheOnlyAccount_When_RunOnAFreshInstallationOutsideDemoMode()
    {
        var directory = Directory.CreateTempSubdirectory("crossregion-cli-").FullName;
        var database = Path.Combine(directory, "cli.db");

        var run = await RunAsync(directory, database, "Admin#Password1", "create-admin", "--username", "root", "--display-name", "Root");

        Assert.True(run.ExitCode == 0, run.Output);
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT group_concat(\"UserName\") FROM \"Users\"", connection);
        Assert.Equal("root", await command.ExecuteScalarAsync());
        await using var tasks = new SqliteCommand("SELECT count(*) FROM \"Tasks\"", connection);
        // The 2023 joint list's 28 tasks and the 186 items of Wanzhou's 2023 five lists (178 rows and 8 child rows).
        Assert.Equal(214L, await tasks.ExecuteScalarAsync());
    }

    [Fact]
    public async Task CreateAdmin_Should_FailWithoutCreatingAnything_When_ThePasswordIsWeak()
    {
        var directory = Directory.CreateTempSubdirectory("crossregion-cli-").FullName;
        var database = Path.Combine(directory, "cli.db");

        var run = await RunAsync(directory, database, "weak", "create-admin", "--username", "root");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: password", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Output, StringComparison.Ordinal);
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT count(*) FROM \"Users\"", connection);
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string directory, string database, string password, params string[] args)
    {
        var api = Path.Combine(AppContext.BaseDirectory, "CrossRegion.Api.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(api);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "sqlite";
        start.Environment["Database__ConnectionString"] = $"Data Source={database}";
        start.Environment["CrossRegion__DataDirectory"] = directory;
        start.Environment["Audit__SealKey"] = "command-line-tests-audit-seal-key-0123456789";
        start.Environment["OpenId__SigningKeyFiles__0"] = TestKeys.OpenIdSigningKeyFile;
        start.Environment["OpenId__EncryptionKey"] = TestKeys.OpenIdEncryptionKey;
        start.Environment["CROSSREGION_ADMIN_PASSWORD"] = password;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A fresh database is migrated and seeded with every shipped list first: about 25 s on an idle 2-core machine,
        // over 60 s while the rest of the suite loads it (a CI run failed so); the test is about what the command does.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(240));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
