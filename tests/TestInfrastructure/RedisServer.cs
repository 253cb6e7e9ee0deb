using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Employment.TestInfrastructure;

/// <summary>
/// A redis-server process of the test's own on a free loopback port, so that the test may stop it
/// and start it again (on the same port) to simulate an outage. Runs without persistence: a restart
/// comes back empty. Use <see cref="TestEnvironment.RedisConfiguration"/> instead when the test only
/// needs a Redis.
/// </summary>
/// <example>
/// <code>
/// await using var redis = await RedisServer.StartNewAsync();
/// // ... connect to redis.Configuration ...
/// await redis.StopAsync();   // connections now refused
/// await redis.StartAsync();  // answering PING again, same port
/// </code>
/// </example>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private const int PortAttempts = 3;

    private readonly string _executable;
    private readonly string _directory;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Process? _process;
    private bool _disposed;

    private RedisServer(string executable, string directory, int port)
    {
        _executable = executable;
        _directory = directory;
        Port = port;
    }

    /// <summary>The loopback port the server listens on; the same across restarts.</summary>
    public int Port { get; private set; }

    /// <summary>The server as <c>127.0.0.1:port</c>, a StackExchange.Redis configuration string.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    /// <summary>Whether the server process is running (started and not stopped).</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The server's log file (redis-server's --logfile).</summary>
    public string LogFile => Path.Combine(_directory, "redis.log");

    /// <summary>Starts a new redis-server on a free loopback port and waits until it answers PING.</summary>
    /// <exception cref="InvalidOperationException">redis-server is not on PATH, or did not start.</exception>
    public static async Task<RedisServer> StartNewAsync(CancellationToken cancellationToken = default)
    {
        var executable = FindOnPath("redis-server") ?? throw new InvalidOperationException(
            "redis-server is not on PATH: run tests/run.sh, which starts Redis/PostgreSQL and installs redis-server " +
            "(or `apt-get install redis-server`).");
        var directory = Directory.CreateTempSubdirectory("employment-redis-").FullName;
        var server = new RedisServer(executable, directory, FreePort.Get());
        try
        {
            // The free port may be taken before redis-server binds it: then try another.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await server.StartAsync(cancellationToken).ConfigureAwait(false);
                    return server;
                }
                catch (InvalidOperationException) when (attempt < PortAttempts && !server.IsRunning)
                {
                    server.Port = FreePort.Get();
                }
            }
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Starts the server (again) on <see cref="Port"/> and waits until it answers PING. Does nothing
    /// when it is running.
    /// </summary>
    /// <exception cref="InvalidOperationException">The process exited or did not answer PING in time.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (IsRunning)
            {
                return;
            }

            _process?.Dispose();
            _process = null;
            var process = Process.Start(StartInfo()) ?? throw new InvalidOperationException($"could not start {_executable}");
            _process = process;
            process.OutputDataReceived += static (_, _) => { };
            process.ErrorDataReceived += static (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException(
                        $"redis-server on port {Port} exited with code {process.ExitCode}: {ReadLog()}");
                }

                if (await PingAsync(timeout.Token).ConfigureAwait(false))
                {
                    return;
                }

                if (timeout.IsCancellationRequested)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    KillAndForget(process);
                    throw new InvalidOperationException(
                        $"redis-server on port {Port} did not answer PING within {Timeout.TotalSeconds} s: {ReadLog()}");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(20), CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Kills the server (as a crash would: no shutdown, no save) and waits until its port refuses
    /// connections. Does nothing when it is not running.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await StopCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Sends an inline PING over a new TCP connection and reports whether <c>+PONG</c> came back;
    /// false when the connection is refused or the server does not answer.
    /// </summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, Port), attempt.Token).ConfigureAwait(false);
            await socket.SendAsync("PING\r\n"u8.ToArray(), SocketFlags.None, attempt.Token).ConfigureAwait(false);
            var buffer = new byte[64];
            var received = 0;
            while (received < 7)
            {
                var read = await socket.ReceiveAsync(buffer.AsMemory(received), SocketFlags.None, attempt.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                received += read;
            }

            return Encoding.ASCII.GetString(buffer, 0, received).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Stops the server and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            await StopCoreAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task StopCoreAsync(CancellationToken cancellationToken)
    {
        if (_process is not { } process)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill();
        }

        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        process.Dispose();
        _process = null;

        var deadline = DateTime.UtcNow + Timeout;
        while (!await RefusesConnectionsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"port {Port} still accepts connections after redis-server was killed");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> RefusesConnectionsAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, Port), cancellationToken).ConfigureAwait(false);
            return false;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return true;
        }
    }

    private ProcessStartInfo StartInfo()
    {
        var info = new ProcessStartInfo(_executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _directory,
        };
        foreach (var argument in new[]
                 {
                     "--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--save", "", "--appendonly", "no", "--daemonize", "no",
                     "--dir", _directory, "--logfile", LogFile,
                 })
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private string ReadLog()
    {
        try
        {
            var lines = File.ReadAllLines(LogFile);
            return lines.Length == 0 ? "(empty log)" : string.Join(Environment.NewLine, lines.TakeLast(20));
        }
        catch (IOException)
        {
            return "(no log)";
        }
    }

    private static void KillAndForget(Process process)
    {
        try
        {
            process.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private static string? FindOnPath(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
