using System.Globalization;

namespace FaultRun;

/// <summary>
/// A stretch of the run and the calls that belong to it. A call belongs to the phase its start falls
/// in, except that a call in flight when a fault began belongs to that fault's "during" (it met the
/// fault) and is counted apart, since the target allows those to fail.
/// </summary>
public sealed record Phase(string Name, double From, double To, IReadOnlyList<CallRecord> Calls, int FailedInFlight = 0)
{
    public int Sent => Calls.Count;

    public int Ok => Calls.Count(c => c.Ok);

    public string FailedByStatus
    {
        get
        {
            var failed = Calls.Where(c => !c.Ok).GroupBy(c => $"{c.Kind}:{c.Outcome}", StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}").ToList();
            return failed.Count == 0 ? "none" : string.Join(", ", failed);
        }
    }

    public string Row()
    {
        var latencies = Calls.Select(c => c.LatencyMs).Order().ToArray();
        var inFlight = FailedInFlight > 0 ? $" (of which in flight at the fault: {FailedInFlight})" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"  {Name,-7} {To - From,6:F1} s  sent {Sent,5}  ok {Ok,5}  p50 {Percentile(latencies, 0.50),7:F1} ms  p99 {Percentile(latencies, 0.99),7:F1} ms  failed: {FailedByStatus}{inFlight}");
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
