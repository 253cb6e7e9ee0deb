using Employment.Applicants;
using Employment.Benchmarks;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
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
// tests/benchmarks/profile-reads.sh, which provides PostgreSQL and Redis. Every leg is warmed, then
// the legs alternate over rounds (BenchmarkKit); then one reader alone. Prints figures and ratios;
// never fails on time.
const int People = 200;
var settings = LegSettings.FromArgs(args, calls: 10_000, concurrency: 16);

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
        Person = new Person { IdNumber = first17 + ResidentIdNumber.ComputeCheckCharacter(first17), Name = $"基准{i}", ResidenceRegion = new RegionCode { Code = "410802" } },
    }, TestCallers.Counter());
    ids.Add(person.PersonId);
}

var asService = TestCallers.Service("benchmark");
using var redisReader = await ReaderAsync(inProcessEntries: 0);
using var inProcessReader = await ReaderAsync(inProcessEntries: 10_000);
var throughRegistry = new Leg("read-through to the registry (PostgreSQL)", async i =>
    await client.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { PersonId = ids[i % People] }, Purpose = "benchmark" }, asService));
var legs = new[]
{
    throughRegistry,
    new Leg("Redis hit", async i => await redisReader.Reader.GetPersonAsync(ids[i % People], "benchmark", CancellationToken.None)),
    new Leg("in-process hit", async i => await inProcessReader.Reader.GetPersonAsync(ids[i % People], "benchmark", CancellationToken.None)),
};

Console.WriteLine($"Profile reads of {People} people; registry, databases and client share the cores; {settings}");
var results = await LegRunner.MeasureAsync(legs, settings);
results.Print(Console.Out, "reads");

// One reader alone: the latency a single caller sees, which a concurrent run hides behind queueing.
var alone = settings with { Concurrency = 1, CallsPerRound = Math.Max(settings.CallsPerRound / 10, 500) };
Console.WriteLine($"One reader alone; {alone}");
var aloneResults = await LegRunner.MeasureAsync([throughRegistry], alone);
aloneResults.Print(Console.Out, "reads");

Console.WriteLine();
Console.WriteLine("Per round (median (min–max) of the rounds):");
Console.WriteLine($"  read-through                     {Spread.Of(results[throughRegistry.Name].Select(f => f.PerSecond)).Format("N0")} reads/s   (target: at least 10,000)");
Console.WriteLine($"  one reader alone, p50            {Spread.Of(aloneResults[throughRegistry.Name].Select(f => f.P50Ms)).Format("F3")} ms   (target: under 0.5 ms)");
Console.WriteLine($"  Redis hit / read-through         {results.Ratio(legs[1].Name, throughRegistry.Name, f => f.PerSecond).Format("F1")}x");
Console.WriteLine($"  in-process hit / read-through    {results.Ratio(legs[2].Name, throughRegistry.Name, f => f.PerSecond).Format("F1")}x");
return;

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
