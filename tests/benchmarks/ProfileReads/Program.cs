using System.Diagnostics;
using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Identity;
using Employment.ProfileCache;
using Employment.TestInfrastructure;
using Grpc.Net.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

// Profile reads as a service makes them, in one run: through the registry on PostgreSQL (a cache
// miss: gRPC + query + access-log write), from Redis, and from the in-process cache. Started by
// tests/benchmarks/profile-reads.sh, which provides PostgreSQL and Redis. Prints figures and ratios;
// never fails on time.
const int People = 200;
var concurrency = args.Length > 1 ? int.Parse(args[1]) : 16;
var reads = args.Length > 0 ? int.Parse(args[0]) : 20_000;

await using var database = await PostgresDatabase.CreateAsync("bench_profiles");
// Warnings still reach the console: a benchmark that goes wrong should say why.
await using var registry = await ServiceUnderTest.StartAsync<ApplicantsModule>(
    [$"--ConnectionStrings:ApplicantsPostgres={database.ConnectionString}", $"--ConnectionStrings:Redis={TestEnvironment.RedisConfiguration}", "--Logging:LogLevel:Default=Warning"],
    b => b.Logging.AddConsole());
var address = registry.Address;

using var channel = GrpcChannel.ForAddress(address);
var client = new ApplicantsApi.ApplicantsClient(channel);
var ids = new List<string>();
for (var i = 0; i < People; i++)
{
    var first17 = $"410802199{i % 10}0101{i:D3}";
    var person = await client.RegisterPersonAsync(new RegisterPersonRequest
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Person = new Person { IdNumber = first17 + ResidentIdNumber.ComputeCheckCharacter(first17), Name = $"基准{i}" },
    }, TestCallers.Counter());
    ids.Add(person.PersonId);
}

var asService = TestCallers.Service("benchmark");
var throughRegistry = await MeasureAsync("read-through to the registry (PostgreSQL)", async i =>
    await client.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { PersonId = ids[i % People] }, Purpose = "benchmark" }, asService));

using var redisReader = await ReaderAsync(inProcessEntries: 0);
var redisHit = await MeasureAsync("Redis hit", async i => await redisReader.Reader.GetPersonAsync(ids[i % People], "benchmark", CancellationToken.None), warm: true);

using var inProcessReader = await ReaderAsync(inProcessEntries: 10_000);
var inProcessHit = await MeasureAsync("in-process hit", async i => await inProcessReader.Reader.GetPersonAsync(ids[i % People], "benchmark", CancellationToken.None), warm: true);

Console.WriteLine();
Console.WriteLine($"ratio Redis hit / read-through:      {redisHit / throughRegistry,6:F1}x   (target: at least 3x)");
Console.WriteLine($"ratio in-process hit / read-through: {inProcessHit / throughRegistry,6:F1}x");
return;

async Task<double> MeasureAsync(string name, Func<int, Task> read, bool warm = false)
{
    if (warm)
    {
        for (var i = 0; i < People; i++)
        {
            await read(i);
        }
    }

    for (var i = 0; i < Math.Min(reads / 10, 2000); i++)
    {
        await read(i);
    }

    var latencies = new double[reads];
    var next = -1;
    var total = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < reads)
        {
            var start = Stopwatch.GetTimestamp();
            await read(i);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
    })));
    var perSecond = reads / total.Elapsed.TotalSeconds;
    Array.Sort(latencies);
    Console.WriteLine($"{name,-42} {perSecond,10:N0} reads/s   p50 {latencies[reads / 2],7:F3} ms   p99 {latencies[reads * 99 / 100],7:F3} ms");
    return perSecond;
}

async Task<ReaderHost> ReaderAsync(int inProcessEntries)
{
    var builder = Host.CreateApplicationBuilder();
    builder.Logging.ClearProviders();
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Redis"] = TestEnvironment.RedisConfiguration,
        ["ProfileCache:CallerService"] = "benchmark",
        ["ProfileCache:RegistryAddress"] = address,
        ["ProfileCache:InProcessEntries"] = inProcessEntries.ToString(),
    });
    builder.Services.AddProfileCache(builder.Configuration);
    builder.Services.AddSingleton(TestCallers.ServiceTokens("benchmark"));
    var host = builder.Build();
    await host.StartAsync();
    return new ReaderHost(host);
}

internal sealed class ReaderHost(IHost host) : IDisposable
{
    public IProfileReader Reader { get; } = host.Services.GetRequiredService<IProfileReader>();

    public void Dispose()
    {
        host.StopAsync().GetAwaiter().GetResult();
        host.Dispose();
    }
}
