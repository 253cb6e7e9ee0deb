using System.Collections.Concurrent;

namespace Transport.Tests.Infrastructure;

/// <summary>What the test service's handlers observed, for tests to wait on and inspect.</summary>
public sealed class ServerProbe
{
    private readonly object _barrierLock = new();
    private readonly TaskCompletionSource _barrier = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    /// <summary>Set when a handler has started and is about to wait or sleep.</summary>
    public TaskCompletionSource HandlerStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when a handler's CancellationToken fired while it waited on it.</summary>
    public TaskCompletionSource HandlerCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when a handler that ignores cancellation has returned.</summary>
    public TaskCompletionSource HandlerFinished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Connection ids of the calls that reached a barrier.</summary>
    public ConcurrentBag<string> BarrierConnections { get; } = new();

    /// <summary>Interceptor and handler events, in the order they happened.</summary>
    public ConcurrentQueue<string> Events { get; } = new();

    /// <summary>Counts a call in and completes once <paramref name="expected"/> calls have arrived.</summary>
    public Task ArriveAsync(int expected, string connectionId)
    {
        BarrierConnections.Add(connectionId);
        lock (_barrierLock)
        {
            if (++_arrived >= expected)
            {
                _barrier.TrySetResult();
            }
        }

        return _barrier.Task;
    }
}
