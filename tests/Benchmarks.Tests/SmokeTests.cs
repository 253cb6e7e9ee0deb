using Xunit;

namespace Benchmarks.Tests;

/// <summary>
/// Benchmarks are not tests, so nothing else notices when one stops running (the fault run once aborted at its first
/// call for weeks). Every executable script in tests/benchmarks runs here whole in its smoke mode (BENCH_SMOKE=1: its
/// smallest size), one after another, on what the build left and the suite's own Redis and PostgreSQL
/// (<see cref="BenchmarkScript"/>); the fault run has a class of its own, so that its production shape starts beside
/// them (<see cref="FaultRunSmokeTests"/>). Figures are not judged.
/// </summary>
public sealed class SmokeTests
{
    /// <summary>Every benchmark script but the fault run's.</summary>
    public static TheoryData<string> Scripts() => new(BenchmarkScript.All().Where(s => s != FaultRunSmokeTests.Script));

    [Fact]
    public void Every_benchmark_script_is_found_and_the_shared_part_is_not_run_alone()
    {
        var found = BenchmarkScript.All();

        Assert.Contains(FaultRunSmokeTests.Script, found);
        Assert.Contains("health-check.sh", found);
        Assert.DoesNotContain("benchmark.sh", found);
        Assert.True(found.Count >= 20, $"{found.Count} scripts found: {string.Join(", ", found)}");
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public Task A_benchmark_runs_whole_at_its_smallest_size(string script) => BenchmarkScript.RunAsync(script);
}
