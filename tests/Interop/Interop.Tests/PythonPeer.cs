using System.Diagnostics;
using Employment.TestInfrastructure;

namespace Interop.Tests;

/// <summary>Runs Debian's python3-grpcio interop scripts (always /usr/bin/python3, where grpcio is installed).</summary>
internal static class PythonPeer
{
    public const string Python = "/usr/bin/python3";

    public static async Task<(int ExitCode, string Output)> RunClientAsync(int port, string testCase, params string[] extraArguments)
    {
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.PythonDirectory,
        };
        foreach (var argument in new[] { "interop_client.py", "--host", "127.0.0.1", "--port", port.ToString(), "--test_case", testCase }.Concat(extraArguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Starts the Python interop server and waits for its "LISTENING port" line.</summary>
    public static async Task<(Process Process, int Port)> StartServerAsync()
    {
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.PythonDirectory,
        };
        foreach (var argument in new[] { "interop_server.py", "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("The Python interop server exited before it listened.");
            if (line.StartsWith("LISTENING ", StringComparison.Ordinal))
            {
                return (process, int.Parse(line["LISTENING ".Length..]));
            }
        }
    }
}
