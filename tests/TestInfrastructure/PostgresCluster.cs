using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Employment.TestInfrastructure;

/// <summary>
/// A PostgreSQL 15 cluster of the test's own (initdb in a temporary folder, a free loopback port, the
/// <c>employment</c> role that may CREATEDB), so that the test may restart it under a running service,
/// which the shared server of <see cref="TestEnvironment.PostgresConnectionString"/> must never be.
/// Started as <c>tests/test-services.sh</c> starts the shared one: durability off, and as the
/// <c>postgres</c> user when the tests run as root (PostgreSQL refuses to run as root).
/// </summary>
/// <example>
/// <code>
/// await using var cluster = await PostgresCluster.StartNewAsync();
/// // ... a service on cluster.ConnectionString("applicants") ...
/// await cluster.RestartFastAsync();   // pg_ctl restart -m fast: every connection is cut
/// </code>
/// </example>
public sealed class PostgresCluster : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private const string Role = "employment";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly string _directory;
    private int _disposed;

    private PostgresCluster(string directory, int port)
    {
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    private string DataDirectory => Path.Combine(_directory, "data");

    private string LogFile => Path.Combine(_directory, "postgres.log");

    /// <summary>An Npgsql connection string to <paramref name="database"/> as the employment role.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Role,
        Password = Role,
        Database = database,
    }.ConnectionString;

    /// <summary>initdb, start on a free port and create the employment role; waits until it accepts connections.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL 15 is not installed (tests/run.sh installs it), or did not start.</exception>
    public static async Task<PostgresCluster> StartNewAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(Bin, "initdb")))
        {
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({Bin}): run tests/run.sh, which installs it.");
        }

        var directory = Directory.CreateTempSubdirectory("employment-pg-").FullName;
        var cluster = new PostgresCluster(directory, FreePort.Get());
        try
        {
            Directory.CreateDirectory(Path.Combine(directory, "socket"));
            if (RunsAsRoot)
            {
                // The postgres user owns its folder and must reach it.
                File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
                await RunAsync("chown", ["-R", "postgres:postgres", directory], asPostgres: false, cancellationToken).ConfigureAwait(false);
            }

            await RunAsync(Path.Combine(Bin, "initdb"), ["-D", cluster.DataDirectory, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync", "--no-instructions"], asPostgres: true, cancellationToken).ConfigureAwait(false);
            var settings = string.Join('\n',
                "listen_addresses = '127.0.0.1'",
                $"port = {cluster.Port.ToString(CultureInfo.InvariantCulture)}",
                $"unix_socket_directories = '{Path.Combine(directory, "socket")}'",
                "fsync = off",
                "synchronous_commit = off",
                "full_page_writes = off") + "\n";
            await RunAsync("sh", ["-c", $"cat >> '{Path.Combine(cluster.DataDirectory, "postgresql.conf")}'"], asPostgres: true, cancellationToken, standardInput: settings).ConfigureAwait(false);
            await cluster.PgCtlAsync(["start"], cancellationToken).ConfigureAwait(false);
            await RunAsync(Path.Combine(Bin, "psql"), ["-h", Path.Combine(directory, "socket"), "-p", cluster.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-d", "postgres", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", $"CREATE ROLE {Role} LOGIN PASSWORD '{Role}' CREATEDB", "-c", $"GRANT pg_signal_backend TO {Role}"], asPostgres: true, cancellationToken).ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// <c>pg_ctl restart -m fast</c>: the server ends every session (57P01 on each connection, idle
    /// pooled ones included) and starts again on the same port; returns once it accepts connections.
    /// </summary>
    public Task RestartFastAsync(CancellationToken cancellationToken = default) => PgCtlAsync(["restart", "-m", "fast"], cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            try
            {
                await PgCtlAsync(["stop", "-m", "immediate"], CancellationToken.None).ConfigureAwait(false);
            }
            catch (InvalidOperationException)
            {
                // Already stopped: nothing to wait for.
            }
        }

        Directory.Delete(_directory, recursive: true);
    }

    private Task PgCtlAsync(string[] command, CancellationToken cancellationToken) =>
        RunAsync(Path.Combine(Bin, "pg_ctl"), [.. command, "-D", DataDirectory, "-l", LogFile, "-w", "-t", ((int)StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture)], asPostgres: true, cancellationToken);

    private static bool RunsAsRoot => Environment.UserName == "root";

    private static async Task RunAsync(string program, string[] arguments, bool asPostgres, CancellationToken cancellationToken, string? standardInput = null)
    {
        var start = new ProcessStartInfo(asPostgres && RunsAsRoot ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
        };
        if (asPostgres && RunsAsRoot)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput).ConfigureAwait(false);
            process.StandardInput.Close();
        }

        // pg_ctl start leaves the server holding its own output (the -l log), not ours: reading to the end is safe.
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output.ConfigureAwait(false)}{await error.ConfigureAwait(false)}");
        }
    }
}
