namespace Employment.Benchmarks;

/// <summary>
/// Every round's figures per leg, and the summaries a benchmark prints: the median of the rounds with
/// min–max, and ratios taken round by round (two legs of one round saw the same neighbours' load, so
/// their ratio is steadier than the ratio of two medians).
/// </summary>
public sealed class LegResults(IReadOnlyList<string> names)
{
    private readonly Dictionary<string, List<RoundFigures>> rounds = names.ToDictionary(n => n, _ => new List<RoundFigures>());

    public IReadOnlyList<string> Names { get; } = names;

    public IReadOnlyList<RoundFigures> this[string leg] => rounds[leg];

    internal void Add(string leg, RoundFigures figures) => rounds[leg].Add(figures);

    /// <summary>One line per leg: calls/s median (min–max), p50 and p99 medians, CPU per call median.</summary>
    public void Print(TextWriter output, string unit = "calls")
    {
        var width = Names.Max(n => n.Length);
        foreach (var name in Names)
        {
            var r = rounds[name];
            var rate = Spread.Of(r.Select(f => f.PerSecond));
            output.WriteLine(
                $"  {name.PadRight(width)}  {rate.Median,9:N0} {unit}/s ({rate.Min:N0}–{rate.Max:N0})" +
                $"   p50 {Spread.Of(r.Select(f => f.P50Ms)).Median,7:F3} ms   p99 {Spread.Of(r.Select(f => f.P99Ms)).Median,7:F3} ms" +
                $"   {Spread.Of(r.Select(f => f.CpuMicrosPerCall)).Median,6:F0} µs CPU/call   {Spread.Of(r.Select(f => f.Gen0PerThousand)).Median,5:F1} gen0/1000");
        }
    }

    /// <summary>Per round, <paramref name="of"/>'s figure divided by <paramref name="per"/>'s: median (min–max).</summary>
    public Spread Ratio(string of, string per, Func<RoundFigures, double> figure) =>
        Spread.Of(rounds[of].Zip(rounds[per], (a, b) => figure(a) / figure(b)));

    /// <summary>
    /// Per round, how many of <paramref name="per"/>'s figure <paramref name="of"/>'s exceeds it by: (of − per) / per, median
    /// (min–max). A cost above a baseline counted in baselines holds across machines where microseconds do not.
    /// </summary>
    public Spread Excess(string of, string per, Func<RoundFigures, double> figure) =>
        Spread.Of(rounds[of].Zip(rounds[per], (a, b) => (figure(a) - figure(b)) / figure(b)));

    /// <summary>Per round, <paramref name="of"/>'s figure minus <paramref name="per"/>'s: median (min–max).</summary>
    public Spread Difference(string of, string per, Func<RoundFigures, double> figure) =>
        Spread.Of(rounds[of].Zip(rounds[per], (a, b) => figure(a) - figure(b)));
}
