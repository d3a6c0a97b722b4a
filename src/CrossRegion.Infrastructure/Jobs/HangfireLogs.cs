using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide (<c>LogProvider</c> is static) while logger factories belong to hosts:
/// where several hosts share a process (the tests), one that has stopped must not break the loggers Hangfire creates
/// for the others. One host per process, as in production, never reaches the fallback.
/// </summary>
internal sealed class HangfireLogs(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
