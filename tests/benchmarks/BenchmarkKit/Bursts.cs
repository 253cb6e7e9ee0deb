using System.Diagnostics;

namespace Employment.Benchmarks;

/// <summary>Calls started together, as a form's deadline or a morning's rush starts them, each with its own latency.</summary>
public static class Bursts
{
    /// <summary>Runs <paramref name="count"/> calls released at once (a barrier); the latency of each, in ms, by index.</summary>
    public static async Task<double[]> RunAsync(int count, Func<int, Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var times = new double[count];
        var tasks = Enumerable.Range(0, count).Select(async i =>
        {
            await start.Task;
            var clock = Stopwatch.StartNew();
            await call(i);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }).ToList();
        start.SetResult();
        await Task.WhenAll(tasks);
        return times;
    }
}

/// <summary>p50, p95 and the slowest of a set of latencies (ms).</summary>
public sealed record Percentiles(double P50, double P95, double Max)
{
    public static Percentiles Of(IReadOnlyCollection<double> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var sorted = times.Order().ToArray();
        return new Percentiles(At(sorted, 0.50), At(sorted, 0.95), sorted[^1]);
    }

    private static double At(double[] sorted, double share) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
}
