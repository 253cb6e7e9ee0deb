using System.Collections.Concurrent;

namespace FaultRun;

/// <summary>
/// The warm-up before the first "before" phase. A platform just started is not warm: every first
/// call JITs code, builds EF models and fills pools, and on a loaded machine its first calls miss
/// their deadlines for tens of seconds (2026-11-23: every call of the first "before" phase failed
/// after a 20 s warm-up). The run waits at least the minimum, then until every leg has answered its
/// last few calls OK, so that the first fault is judged on a warm platform; it gives up waiting at
/// the limit and says so.
/// </summary>
public static class WarmUp
{
    /// <summary>Consecutive OK answers each leg needs, counting back from its latest call.</summary>
    public const int LastCallsOk = 10;

    public static async Task<string> WaitAsync(ConcurrentQueue<CallRecord> calls, TimeSpan minimum, TimeSpan limit)
    {
        var started = RunClock.Now;
        await Task.Delay(minimum);
        while (RunClock.Now - started < limit.TotalSeconds)
        {
            if (ColdLegs(calls) is [])
            {
                return $"warm after {RunClock.Now - started:F1} s: every leg's last {LastCallsOk} calls answered OK";
            }

            await Task.Delay(1000);
        }

        return $"NOT warm after {limit.TotalSeconds:F0} s (still failing: {string.Join(", ", ColdLegs(calls))}); the faults begin anyway";
    }

    /// <summary>The legs whose latest <see cref="LastCallsOk"/> completed calls are not all OK.</summary>
    private static List<CallKind> ColdLegs(ConcurrentQueue<CallRecord> calls)
    {
        var snapshot = calls.ToArray();
        return Enum.GetValues<CallKind>()
            .Where(kind =>
            {
                var latest = snapshot.Where(c => c.Kind == kind).OrderByDescending(c => c.Ended).Take(LastCallsOk).ToList();
                return latest.Count < LastCallsOk || latest.Any(c => !c.Ok);
            })
            .ToList();
    }
}
