using System.Collections.Concurrent;
using Employment.Applicants;
using Employment.ServiceDefaults;
using Employment.TestInfrastructure;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Applicants.Tests;

/// <summary>The registry on a real port with its own database, called through the transport's client.</summary>
public abstract class RegistryHost : IAsyncLifetime
{
    private WebApplication _app = null!;
    private GrpcChannel _channel = null!;

    public ApplicantsApi.ApplicantsClient Client { get; private set; } = null!;

    /// <summary>Every log line the service wrote, to check what never appears in logs.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    public IServiceProvider Services => _app.Services;

    /// <summary>The registry's gRPC address.</summary>
    public string Address { get; private set; } = "";

    protected abstract Task<string[]> DatabaseArgumentsAsync();

    public async Task InitializeAsync()
    {
        var module = new ApplicantsModule();
        string[] args = ["--Listen:Port=0", "--Logging:LogLevel:Default=Debug", .. TestCallers.HostArguments, .. await DatabaseArgumentsAsync()];
        _app = ServiceHost.Build(module, args, b =>
        {
            b.Logging.ClearProviders();
            b.Logging.AddProvider(new CapturingLoggerProvider(Log));
        });
        await module.InitializeAsync(_app, CancellationToken.None);
        await _app.StartAsync();
        Address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _channel = GrpcChannel.ForAddress(Address);
        // A call that names no caller comes from a Jiaozuo counter clerk, the registry's everyday user.
        Client = new ApplicantsApi.ApplicantsClient(_channel.CreateCallInvoker().Intercept(metadata =>
        {
            if (metadata.Get(AuthorizationHeader.Name) is null)
            {
                foreach (var entry in Clerk())
                {
                    metadata.Add(entry);
                }
            }

            return metadata;
        }));
    }

    public virtual async Task DisposeAsync()
    {
        _channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Headers of a counter clerk's call (a Jiaozuo counter).</summary>
    public static Metadata Clerk(string user = "clerk-001") => TestCallers.Counter(clerk: user);

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}

/// <summary>The embedded default: a SQLite file.</summary>
public sealed class SqliteRegistry : RegistryHost
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "applicants-" + Guid.NewGuid().ToString("N"));

    protected override Task<string[]> DatabaseArgumentsAsync() => Task.FromResult(new[] { $"--DataDirectory={_directory}" });

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

/// <summary>Production's shape: PostgreSQL, and a Redis of its own shared with the reading services.</summary>
public sealed class CachedPostgresRegistry : RegistryHost
{
    private PostgresDatabase? _database;

    public RedisServer Redis { get; private set; } = null!;

    protected override async Task<string[]> DatabaseArgumentsAsync()
    {
        _database = await PostgresDatabase.CreateAsync("applicants_cached");
        Redis = await RedisServer.StartNewAsync();
        return [$"--ConnectionStrings:ApplicantsPostgres={_database.ConnectionString}", $"--ConnectionStrings:Redis={Redis.Configuration}"];
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Redis.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

/// <summary>Production's database: a fresh PostgreSQL database on the server tests/run.sh started.</summary>
public sealed class PostgresRegistry : RegistryHost
{
    private PostgresDatabase? _database;

    protected override async Task<string[]> DatabaseArgumentsAsync()
    {
        _database = await PostgresDatabase.CreateAsync("applicants");
        return [$"--ConnectionStrings:ApplicantsPostgres={_database.ConnectionString}"];
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
