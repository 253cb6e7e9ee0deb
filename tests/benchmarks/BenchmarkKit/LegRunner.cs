using System.Diagnostics;

namespace Employment.Benchmarks;

/// <summary>Measures legs as <see cref="LegSettings"/> says; see there for the fairness rules.</summary>
public static class LegRunner
{
    public static async Task<LegResults> MeasureAsync(IReadOnlyList<Leg> legs, LegSettings settings)
    {
        foreach (var leg in legs)
        {
            await WarmAsync(leg, settings);
        }

        var results = new LegResults(legs.Select(l => l.Name).ToArray());
        for (var round = 0; round < settings.Rounds; round++)
        {
            var order = round % 2 == 0 ? legs : legs.Reverse().ToArray();
            foreach (var leg in order)
            {
                results.Add(leg.Name, await RoundAsync(leg, settings));
            }
        }

        return results;
    }

    private static async Task WarmAsync(Leg leg, LegSettings settings)
    {
        var clock = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < settings.WarmUp)
            {
                await leg.Call(Interlocked.Increment(ref next));
            }
        })));
    }

    private static async Task<RoundFigures> RoundAsync(Leg leg, LegSettings settings)
    {
        var calls = settings.CallsPerRound;
        var latencies = new double[calls];
        var next = -1;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var gcBefore = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < calls)
            {
                var start = Stopwatch.GetTimestamp();
                await leg.Call(i);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        })));
        var elapsed = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Array.Sort(latencies);
        return new RoundFigures(
            calls / elapsed.TotalSeconds,
            latencies[calls / 2],
            latencies[Math.Min(calls - 1, calls * 99 / 100)],
            cpu.TotalMicroseconds / calls,
            (GC.CollectionCount(0) - gcBefore) * 1000.0 / calls,
            latencies[Math.Min(calls - 1, calls * 95 / 100)]);
    }
}
