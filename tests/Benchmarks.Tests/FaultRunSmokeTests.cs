using Xunit;

namespace Benchmarks.Tests;

/// <summary>
/// The fault run's smoke (tests/benchmarks/fault-run.sh with BENCH_SMOKE=1): the production shape starts (Patroni,
/// etcd, pgBackRest, every service, two startup-loans copies, the gateway), traffic flows through the gateway, one
/// startup-loans copy is killed and respawned, every acknowledged submission is read back, and the shape stops.
/// A class of its own, so that it runs beside the other scripts.
/// </summary>
public sealed class FaultRunSmokeTests
{
    public const string Script = "fault-run.sh";

    [Fact]
    public Task The_fault_run_starts_the_production_shape_kills_a_copy_respawns_it_and_stops() => BenchmarkScript.RunAsync(Script);
}
