using System.Diagnostics;

namespace FaultRun;

/// <summary>Seconds since the run began: every call and every fault is stamped on this one clock.</summary>
public static class RunClock
{
    private static readonly long Start = Stopwatch.GetTimestamp();

    public static double Now => Stopwatch.GetElapsedTime(Start).TotalSeconds;

    /// <summary>
    /// A moment another process wrote on the wall clock (seconds since 1970, e.g. bash's
    /// <c>$EPOCHREALTIME</c>), on this clock: the script's kill, which happens some time after the
    /// script was started (bash starting, reading its pid file).
    /// </summary>
    public static double FromUnixSeconds(double unixSeconds) =>
        Now - ((DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0) - unixSeconds);

    /// <summary>The time a run-production.sh line ends with ("… at 1763900000.123456"), if any, on this clock.</summary>
    public static double? FromScriptLine(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var at = line.LastIndexOf(" at ", StringComparison.Ordinal);
            if (at >= 0 && double.TryParse(line.AsSpan(at + 4), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var unix))
            {
                return FromUnixSeconds(unix);
            }
        }

        return null;
    }
}
