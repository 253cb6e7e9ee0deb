namespace Employment.Benchmarks;

/// <summary>
/// How legs are measured. Every leg is warmed at full concurrency before any is measured (tiered
/// compilation otherwise bills the first leg for the JIT), then each round runs every leg once, in
/// order on even rounds and reversed on odd ones, so a neighbour's load falls on all legs alike.
/// </summary>
public sealed record LegSettings(int CallsPerRound, int Concurrency, int Rounds, TimeSpan WarmUp)
{
    /// <summary>Reads "[calls] [concurrency] [rounds] [warm-up seconds]" from the command line.</summary>
    public static LegSettings FromArgs(string[] args, int calls, int concurrency, int rounds = 5, int warmUpSeconds = 5) => new(
        args.Length > 0 ? int.Parse(args[0]) : calls,
        args.Length > 1 ? int.Parse(args[1]) : concurrency,
        args.Length > 2 ? int.Parse(args[2]) : rounds,
        TimeSpan.FromSeconds(args.Length > 3 ? int.Parse(args[3]) : warmUpSeconds));

    public override string ToString() =>
        $"{CallsPerRound:N0} calls per leg and round, {Rounds} rounds (legs alternate), {Concurrency} concurrent callers, " +
        $"{WarmUp.TotalSeconds:F0} s warm-up per leg, {Environment.ProcessorCount} cores";
}
