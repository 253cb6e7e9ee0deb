using System.Diagnostics;
using System.Text;
using Employment.TestInfrastructure;
using Xunit;

namespace Benchmarks.Tests;

/// <summary>
/// One script of tests/benchmarks run whole in its smoke mode: BENCH_SMOKE=1 (its smallest size), NO_BUILD=1 (what
/// the build of this project left: it references every benchmark) and REUSE_TEST_SERVICES=1 (the suite's Redis and
/// PostgreSQL, when tests/run.sh started them). It passes when the script exits 0, which each does unless something is
/// broken: it does not build or start, or answers wrongly.
/// </summary>
internal static class BenchmarkScript
{
    /// <summary>A hang guard, far above any smoke run: a script that never ends fails instead of holding the suite.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(15);

    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "benchmarks");

    /// <summary>Every benchmark script: the executable ones (benchmark.sh, which they source, is not).</summary>
    public static List<string> All() =>
        Directory.GetFiles(Folder, "*.sh")
            .Where(path => (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    public static async Task RunAsync(string script)
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
