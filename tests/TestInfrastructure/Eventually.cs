using System.Diagnostics;

namespace Employment.TestInfrastructure;

/// <summary>
/// Waits for a condition instead of for a time. A test asserts that something comes true (a service
/// answers again, a cache is used again, a probe reports), not how soon: how soon is the benchmarks'
/// business, and a CI runner under load is slow, not broken. So the wait polls, backing off from 20 ms
/// to half a second, and gives up only past a ceiling far above any wait a working system needs
/// (<see cref="Ceiling"/>), with what it last saw in the failure.
/// </summary>
public static class Eventually
{
    /// <summary>The default ceiling: minutes, so that only a condition that never comes true fails.</summary>
    public static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Polls <paramref name="probe"/> until <paramref name="holds"/> accepts its value; returns that value.
    /// <paramref name="context"/> is read only on failure (a service's log lines, say).
    /// </summary>
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> holds, string what, TimeSpan? ceiling = null, Func<string>? context = null)
    {
        var limit = ceiling ?? Ceiling;
        var watch = Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            var value = await probe().ConfigureAwait(false);
            if (holds(value))
            {
                return value;
            }

            if (watch.Elapsed > limit)
            {
                throw new Xunit.Sdk.XunitException($"{what}: still not so after {limit.TotalSeconds:F0} s; last seen: {value}{(context is null ? "" : "\n" + context())}");
            }

            await Task.Delay(pause).ConfigureAwait(false);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromMilliseconds(500).Ticks));
        }
    }

    /// <summary>Polls <paramref name="condition"/> until it is true.</summary>
    public static Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? ceiling = null, Func<string>? context = null) =>
        ReturnsAsync(condition, held => held, what, ceiling, context);

    /// <summary>Polls a condition that needs no awaiting (a log line, a recorded call) until it is true.</summary>
    public static Task HoldsAsync(Func<bool> condition, string what, TimeSpan? ceiling = null, Func<string>? context = null) =>
        ReturnsAsync(() => Task.FromResult(condition()), held => held, what, ceiling, context);
}
