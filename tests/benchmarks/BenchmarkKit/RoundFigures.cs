namespace Employment.Benchmarks;

/// <summary>
/// One leg's figures in one round. CPU per call is this process's CPU time over the round divided by
/// the calls: it covers the client and every in-process service alike, so compare it between legs of
/// one run, not with a server measured alone.
/// </summary>
public sealed record RoundFigures(double PerSecond, double P50Ms, double P99Ms, double CpuMicrosPerCall, double Gen0PerThousand, double P95Ms = 0);
