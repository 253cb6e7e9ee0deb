using System.Collections.Concurrent;
using Employment.Applicants;
using Employment.TestInfrastructure;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;
using Xunit;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Applicants.Tests;

/// <summary>The registry on a real port with its own database, called through the transport's client.</summary>
public abstract class RegistryHost : IAsyncLifetime
{
    private readonly CapturedLog _log = new(LogLevel.Trace);
    private ServiceUnderTest _registry = null!;

    public ApplicantsApi.ApplicantsClient Client { get; private set; } = null!;

    /// <summary>Every log line the service wrote, to check what never appears in logs.</summary>
    public ConcurrentQueue<string> Log => _log.Lines;

    public IServiceProvider Services => _registry.Services;

    /// <summary>The registry's gRPC address.</summary>
    public string Address => _registry.Address;

    protected abstract Task<string[]> DatabaseArgumentsAsync();

    public async Task InitializeAsync()
    {
        _registry = await ServiceUnderTest.StartAsync<ApplicantsModule>(
            ["--Logging:LogLevel:Default=Debug", .. await DatabaseArgumentsAsync()],
            b => b.Logging.AddProvider(_log));
        // A call that names no caller comes from a Jiaozuo counter clerk, the registry's everyday user.
        Client = new ApplicantsApi.ApplicantsClient(_registry.Channel.CreateCallInvoker().Intercept(metadata =>
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

    public virtual async Task DisposeAsync() => await _registry.DisposeAsync();

    /// <summary>Headers of a counter clerk's call (a Jiaozuo counter).</summary>
    public static Metadata Clerk(string user = "clerk-001") => TestCallers.Counter(clerk: user);
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
