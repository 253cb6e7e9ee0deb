using System.Diagnostics;

namespace FaultRun;

/// <summary>Seconds since the run began: every call and every fault is stamped on this one clock.</summary>
public static class RunClock
{
    private static readonly long Start = Stopwatch.GetTimestamp();

    public static double Now => Stopwatch.GetElapsedTime(Start).TotalSeconds;
}
