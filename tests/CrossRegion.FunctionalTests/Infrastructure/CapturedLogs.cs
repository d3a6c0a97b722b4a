using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CrossRegion.FunctionalTests.Infrastructure;

/// <summary>Every log entry a test host writes at Warning or above, so a test can say what an operator would see.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(DateTimeOffset At, LogLevel Level, string Category, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs.Entries.Enqueue((DateTimeOffset.UtcNow, logLevel, category, formatter(state, exception)));
            }
        }
    }
}
