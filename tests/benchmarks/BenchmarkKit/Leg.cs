namespace Employment.Benchmarks;

/// <summary>One path measured: its name and one call, given the call's index (to vary the input).</summary>
public sealed record Leg(string Name, Func<int, Task> Call);
