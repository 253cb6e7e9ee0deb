using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Employment.TestInfrastructure;

/// <summary>
/// Every line a host logs at <paramref name="minimum"/> or above, so a test can read a request log or
/// check what never appears in logs (an identity number). Add it in a host's builder configuration.
/// </summary>
public sealed class CapturedLog(LogLevel minimum = LogLevel.Information) : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, minimum, Lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, LogLevel minimum, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        // The exception too: what a log must not reveal could hide in its message.
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(exception is null ? $"{category}: {formatter(state, exception)}" : $"{category}: {formatter(state, exception)} {exception}");
    }
}
