using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Contract;

/// <summary>
/// The npm tools of tests/contract/package.json (both OpenAPI linters, openapi-typescript, openapi-fetch, tsc),
/// installed once into a folder outside the checkout: CROSSREGION_NODE_TOOLS when tests/run.sh installed them there,
/// else a folder under the temporary directory named after the package file's hash. Node.js and npm must be on PATH
/// (tests/run.sh installs them with apt when missing).
/// </summary>
internal static class NodeTools
{
    private static readonly SemaphoreSlim Installing = new(1, 1);

    public static string Sources => Path.Combine(Repository.Root, "tests", "contract");

    public static async Task<string> FolderAsync()
    {
        var package = await File.ReadAllBytesAsync(Path.Combine(Sources, "package.json"));
        var folder = Environment.GetEnvironmentVariable("CROSSREGION_NODE_TOOLS") is { Length: > 0 } given
            ? given
            : Path.Combine(Path.GetTempPath(), "crossregion-node-tools-" + Convert.ToHexStringLower(SHA256.HashData(package))[..12]);
        await Installing.WaitAsync();
        try
        {
            if (!File.Exists(Path.Combine(folder, "node_modules", ".bin", "tsc")))
            {
                Directory.CreateDirectory(folder);
                await File.WriteAllBytesAsync(Path.Combine(folder, "package.json"), package);
                var (exit, output) = await RunAsync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], folder, TimeSpan.FromMinutes(10));
                Assert.True(exit == 0, $"npm install in {folder} failed ({exit}):\n{output}");
            }
        }
        finally
        {
            Installing.Release();
        }

        return folder;
    }

    /// <summary>A tool of the folder's node_modules/.bin, run in <paramref name="workingDirectory"/>.</summary>
    public static Task<(int Exit, string Output)> ToolAsync(string folder, string tool, IEnumerable<string> arguments, string workingDirectory) =>
        RunAsync(Path.Combine(folder, "node_modules", ".bin", tool), arguments, workingDirectory, TimeSpan.FromMinutes(5));

    public static async Task<(int Exit, string Output)> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} ran over {timeout}");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }
}
