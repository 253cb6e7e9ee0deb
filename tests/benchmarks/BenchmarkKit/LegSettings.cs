using System.Globalization;

namespace Employment.Benchmarks;

/// <summary>
/// How legs are measured. Every leg is warmed at full concurrency before any is measured (tiered
/// compilation otherwise bills the first leg for the JIT), then each round runs every leg once, in
/// order on even rounds and reversed on odd ones, so a neighbour's load falls on all legs alike.
/// </summary>
public sealed record LegSettings(int CallsPerRound, int Concurrency, int Rounds, TimeSpan WarmUp)
{
    /// <summary>
    /// Reads "[calls] [concurrency] [rounds] [warm-up seconds]" from the command line; the warm-up may be a fraction
    /// (a smoke run warms for a fifth of a second: it shows the legs run, not what they cost).
    /// </summary>
    public static LegSettings FromArgs(string[] args, int calls, int concurrency, int rounds = 5, double warmUpSeconds = 5) => new(
        args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : calls,
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : concurrency,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : rounds,
        TimeSpan.FromSeconds(args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : warmUpSeconds));

    public override string ToString() =>
        $"{CallsPerRound:N0} calls per leg and round, {Rounds} rounds (legs alternate), {Concurrency} concurrent callers, " +
        $"{WarmUp.TotalSeconds:0.#} s warm-up per leg, {Environment.ProcessorCount} cores";
}
