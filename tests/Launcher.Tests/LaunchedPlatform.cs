using System.Diagnostics;
using Employment.TestInfrastructure;

namespace Launcher.Tests;

/// <summary>
/// The launcher as a separate process (`dotnet Employment.Launcher.dll`, what the README's run
/// command runs), on free ports and a data folder of its own, with its printed listing read.
/// </summary>
public sealed class LaunchedPlatform : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _errors = new();

    private LaunchedPlatform(Process process, string dataDirectory)
    {
        _process = process;
        _dataDirectory = dataDirectory;
    }

    /// <summary>Every line printed up to and including the listing's last line.</summary>
    public List<string> Output { get; } = [];

    public int GatewayHttpPort { get; private init; }

    public static async Task<LaunchedPlatform> StartAsync()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "launcher-" + Guid.NewGuid().ToString("N"));
        // Started as a terminal starts it: a process started in the background by a shell (as a CI job
        // may start the tests) inherits SIGINT ignored, and .NET keeps an inherited-ignored SIGINT
        // ignored, so Ctrl-C would never reach the launcher. python3 (installed by tests/run.sh for the
        // interop peer) restores the default disposition and execs dotnet in its place.
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        var httpPort = FreePort.Get();
        // Free ports, so the test does not depend on the default ones being unused.
        foreach (var argument in new[]
                 {
                     "-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp('dotnet', ['dotnet'] + sys.argv[1:])",
                     LauncherDll(), "--Listen:Port=0", $"--DataDirectory={dataDirectory}",
                     $"--gateway:Gateway:HttpPort={httpPort}", $"--gateway:Gateway:GrpcPort={FreePort.Get()}",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var platform = new LaunchedPlatform(Process.Start(start)!, dataDirectory) { GatewayHttpPort = httpPort };
        // Drained as it comes: a full stderr pipe would block the launcher's logging and so the launcher.
        platform._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                platform._errors.Enqueue(e.Data);
                platform.Progressed();
            }
        };
        platform._process.BeginErrorReadLine();

        // Every service migrates its database and loads its demo data first: seconds on a quiet machine,
        // over a minute on a loaded one. So the wait is for the listing, not for a time: it gives up only
        // when the launcher has exited or has printed nothing at all for StallLimit (stuck, not slow).
        var reading = platform._process.StandardOutput.ReadLineAsync();
        while (true)
        {
            var finished = await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(1)));
            if (finished == reading)
            {
                if (await reading is not { } line)
                {
                    break;
                }

                platform.Output.Add(line);
                platform.Progressed();
                if (line.StartsWith("Each serves", StringComparison.Ordinal))
                {
                    return platform;
                }

                reading = platform._process.StandardOutput.ReadLineAsync();
            }
            else if (platform.SilentFor > StallLimit)
            {
                // The test never gets the platform to dispose, so the launcher and its services stop here.
                platform._process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The launcher printed nothing for {StallLimit.TotalSeconds:F0} s before its listing:\n" + string.Join("\n", platform.Output) + "\n" + string.Join("\n", platform._errors));
            }
        }

        throw new InvalidOperationException("The launcher stopped before its listing:\n" + string.Join("\n", platform.Output) + "\n" + string.Join("\n", platform._errors));
    }

    /// <summary>How long a starting launcher may print nothing at all before it counts as stuck.</summary>
    private static readonly TimeSpan StallLimit = TimeSpan.FromMinutes(3);

    private long _lastOutputTicks = Environment.TickCount64;

    private TimeSpan SilentFor => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref _lastOutputTicks));

    private void Progressed() => Interlocked.Exchange(ref _lastOutputTicks, Environment.TickCount64);

    /// <summary>Ctrl-C, then everything it printed until it exited.</summary>
    public async Task<List<string>> InterruptAsync()
    {
        using (var interrupt = Process.Start("kill", ["-INT", _process.Id.ToString()]))
        {
            await interrupt.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            Output.AddRange((await _process.StandardOutput.ReadToEndAsync(timeout.Token)).Split('\n'));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The launcher did not stop within 30 s of Ctrl-C:\n" + string.Join("\n", Output) + "\n" + string.Join("\n", _errors));
        }

        return Output;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    /// <summary>The launcher built beside this test, in the same configuration.</summary>
    internal static string LauncherDll()
    {
        // Tests run from bin/<configuration>/net10.0/.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var dll = Path.Combine(dir.FullName, "deploy", "Launcher", "bin", configuration, "net10.0", "Employment.Launcher.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new FileNotFoundException("The launcher was not built beside the tests.");
    }
}

/// <summary>One launched platform shared by the tests of a class that only call it.</summary>
public sealed class LaunchedPlatformFixture : Xunit.IAsyncLifetime
{
    public LaunchedPlatform Platform { get; private set; } = null!;

    public async Task InitializeAsync() => Platform = await LaunchedPlatform.StartAsync();

    public async Task DisposeAsync() => await Platform.DisposeAsync();
}
