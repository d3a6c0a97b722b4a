using System.Diagnostics;
using System.Net.Sockets;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Chasing;

/// <summary>One API process (the built CrossRegion.Api.dll), as an operator runs a node: its own port and settings.</summary>
public sealed class ApiNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;

    private ApiNode(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
        _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
    }

    public string Name { get; }
    public Uri Address { get; }

    /// <summary>Where the node's standard output and error go, line by line.</summary>
    public string LogFile { get; private init; } = string.Empty;
    public bool HasExited => _process.HasExited;

    public static ApiNode Start(string name, IReadOnlyDictionary<string, string> settings, string logDirectory, string environment = "Testing")
    {
        ArgumentNullException.ThrowIfNull(settings);
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [ApiDll()])
        {
            WorkingDirectory = Path.GetDirectoryName(ApiDll())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        info.Environment["Urls"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var log = new StreamWriter(Path.Combine(logDirectory, name + ".log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ApiNode(name, process, new Uri($"http://127.0.0.1:{port}")) { LogFile = Path.Combine(logDirectory, name + ".log") };
    }

    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}");
            }

            try
            {
                if ((await _http.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Name} was not ready within {timeout}.");
    }

    /// <summary>What every node of a server installation on <paramref name="database"/> is configured with, plus <paramref name="more"/>.</summary>
    public static Dictionary<string, string> ServerSettings(TestDatabase database, params (string Key, string Value)[] more)
    {
        ArgumentNullException.ThrowIfNull(database);
        return With(
            new Dictionary<string, string>
            {
                ["Database:Provider"] = "postgres",
                ["Database:ConnectionString"] = database.ConnectionString,
                ["CrossRegion:DataDirectory"] = database.Directory,
                ["Audit:SealKey"] = ApiFactory.AuditSealKey,
                ["OpenId:SigningKeyFiles:0"] = TestKeys.OpenIdSigningKeyFile,
                ["OpenId:EncryptionKey"] = TestKeys.OpenIdEncryptionKey,
            },
            more);
    }

    /// <summary>A copy of <paramref name="settings"/> with <paramref name="more"/> set over it.</summary>
    public static Dictionary<string, string> With(IReadOnlyDictionary<string, string> settings, params (string Key, string Value)[] more)
    {
        var result = new Dictionary<string, string>(settings);
        foreach (var (key, value) in more)
        {
            result[key] = value;
        }

        return result;
    }

    /// <summary>
    /// An operator command (<c>create-admin</c>, <c>migrate</c>, …) run with the nodes' settings, as on the server;
    /// answers its output, and fails the test when it does not succeed.
    /// </summary>
    public static async Task<string> RunCommandAsync(IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        var info = new ProcessStartInfo("dotnet", [ApiDll(), .. args])
        {
            WorkingDirectory = Path.GetDirectoryName(ApiDll())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in settings.Concat(environment))
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{string.Join(' ', args)} exited with {process.ExitCode}: {await output}{await errors}");
    }

    /// <summary>
    /// A client of this node as it is reached in production, through a TLS-terminating proxy on the same machine
    /// (X-Forwarded-Proto: https, which the node believes from loopback): the token server refuses plain HTTP.
    /// </summary>
    public HttpClient BehindProxy()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return client;
    }

    /// <summary>SIGKILL: no shutdown, no finally blocks, no goodbye to the cluster.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>The API built alongside these tests, in the same configuration.</summary>
    private static string ApiDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name;
        var root = here.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(root, "src", "CrossRegion.Api", "bin", configuration, "net10.0", "CrossRegion.Api.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the API first", dll);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
