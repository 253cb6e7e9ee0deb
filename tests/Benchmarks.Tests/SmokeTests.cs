using System.Diagnostics;
using System.Text;
using Employment.TestInfrastructure;
using Xunit;

namespace Benchmarks.Tests;

/// <summary>
/// Benchmarks are not tests, so nothing else notices when one stops running (the fault run once aborted at its first
/// call for weeks). Every executable script in tests/benchmarks runs here whole in its smoke mode (BENCH_SMOKE=1: its
/// smallest size; the fault run starts the production shape, kills one service copy, respawns it and stops), on what
/// the build left (NO_BUILD=1) and the suite's own Redis and PostgreSQL. A script passes when it exits 0, which each
/// does unless something is broken: it does not build or start, or answers wrongly. Its figures are not judged.
/// </summary>
public sealed class SmokeTests
{
    /// <summary>A hang guard, far above any smoke run: a script that never ends fails instead of holding the suite.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(15);

    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "benchmarks");

    /// <summary>Every benchmark script: the executable ones (benchmark.sh, which they source, is not).</summary>
    public static TheoryData<string> Scripts() => new(ScriptNames());

    private static List<string> ScriptNames() =>
        Directory.GetFiles(Folder, "*.sh")
            .Where(path => (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Every_benchmark_script_is_found_and_the_shared_part_is_not_run_alone()
    {
        var found = ScriptNames();

        Assert.Contains("fault-run.sh", found);
        Assert.Contains("health-check.sh", found);
        Assert.DoesNotContain("benchmark.sh", found);
        Assert.True(found.Count >= 20, $"{found.Count} scripts found: {string.Join(", ", found)}");
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task A_benchmark_runs_whole_at_its_smallest_size(string script)
    {
        var start = new ProcessStartInfo("/bin/bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(Folder, script));
        start.Environment["BENCH_SMOKE"] = "1";
        start.Environment["NO_BUILD"] = "1";
        start.Environment["REUSE_TEST_SERVICES"] = "1";
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Keep(output, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var guard = new CancellationTokenSource(HangGuard);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"{script} still ran after {HangGuard.TotalMinutes} minutes; its output:\n{Tail(output)}");
        }

        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{script} (BENCH_SMOKE=1) exited {process.ExitCode}; its output:\n{Tail(output)}");
    }

    private static void Keep(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            var lines = output.ToString().Split('\n');
            return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 80)));
        }
    }
}
