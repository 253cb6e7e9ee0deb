using System.Diagnostics;
using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Identity;
using Employment.Loans;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

// Bank eligibility queries against the running startup-loans service in production's shape
// (PostgreSQL for both services, borrower profiles served from Redis: the in-process profile cache
// is off), next to grpc.health.v1.Health/Check on the same service, same client, same concurrency,
// in one run. Each query reads the borrower's profile, their loans, judges every product and
// commits the query record before answering. Started by tests/benchmarks/eligibility-queries.sh,
// which provides PostgreSQL and Redis. Prints figures and the ratio; never fails on time.
const int Borrowers = 200;
long exceptions = 0;
AppDomain.CurrentDomain.FirstChanceException += (_, _) => Interlocked.Increment(ref exceptions);
var calls = args.Length > 0 ? int.Parse(args[0]) : 20_000;
var concurrency = args.Length > 1 ? int.Parse(args[1]) : 64;
var warmUp = TimeSpan.FromSeconds(args.Length > 2 ? int.Parse(args[2]) : 15);

await using var registryDb = await PostgresDatabase.CreateAsync("bench_elig_registry");
await using var loansDb = await PostgresDatabase.CreateAsync("bench_elig_loans");
var redis = $"--ConnectionStrings:Redis={TestEnvironment.RedisConfiguration}";
var quiet = "--Logging:LogLevel:Default=Warning";
// Warnings still reach the console: a benchmark that goes wrong should say why.
await using var registry = await ServiceUnderTest.StartAsync<ApplicantsModule>([$"--ConnectionStrings:ApplicantsPostgres={registryDb.ConnectionString}", redis, quiet], b => b.Logging.AddConsole());
var registryAddress = registry.Address;
await using var loans = await ServiceUnderTest.StartAsync<LoansModule>(
[
    $"--ConnectionStrings:LoansPostgres={loansDb.ConnectionString}", redis, quiet,
    $"--Services:applicants={registryAddress}",
    "--ProfileCache:InProcessEntries=0", // every query's profile comes from Redis, as the issue asks
], b => b.Logging.AddConsole());

using var registryChannel = GrpcChannel.ForAddress(registryAddress);
var registryClient = new ApplicantsApi.ApplicantsClient(registryChannel);
var people = new List<string>();
for (var i = 0; i < Borrowers; i++)
{
    var first17 = $"410802199{i % 10}0101{i:D3}";
    var id = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    var person = await registryClient.RegisterPersonAsync(new RegisterPersonRequest
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Person = new Person { IdNumber = id, Name = $"基准借款人{i}", ResidenceRegion = new RegionCode { Code = "410802" } },
    }, TestCallers.Counter());
    await registryClient.AddPersonFactAsync(new AddPersonFactRequest
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        PersonId = person.PersonId,
        Fact = new PersonFact
        {
            Kind = PersonFactKind.UnemploymentRegistration,
            Period = new DatePeriod { From = new CalendarDate { Year = 2022, Month = 6, Day = 1 } },
            Authority = "基准",
        },
    }, TestCallers.Counter());
    people.Add(id);
}

using var channel = GrpcChannel.ForAddress(loans.Address);
var health = new Health.HealthClient(channel);
var client = new StartupLoans.StartupLoansClient(channel);
var bank = TestCallers.Bank("BENCH-BANK");
var query = (int i) => new EligibilityQuery
{
    BankCode = "BENCH-BANK",
    Borrower = new Borrower { IdNumber = people[i % Borrowers], Kind = BorrowerKind.Individual },
    Region = new RegionCode { Code = "410802" },
    IntendedIssueDate = new CalendarDate { Year = 2024, Month = 3, Day = 1 },
    RequestedAmount = new Money { Fen = 10_000_00 * (1 + i % 30) },
    ConsentReference = $"BENCH-{i}",
};

Console.WriteLine($"{calls:N0} calls per case, {concurrency} concurrent callers on one HTTP/2 connection, {Environment.ProcessorCount} cores (service and client share them)");
var healthRate = await MeasureAsync("grpc.health.v1.Health/Check", async i => await health.CheckAsync(new HealthCheckRequest()));
var eligibilityRate = await MeasureAsync("StartupLoans/QueryEligibility", async i =>
{
    var answer = await client.QueryEligibilityAsync(query(i), bank);
    if (answer.Offers.Count == 0)
    {
        throw new InvalidOperationException("an eligibility answer without offers");
    }
});

Console.WriteLine();
Console.WriteLine($"ratio eligibility / Health/Check: {eligibilityRate / healthRate:F2}   (target: at least 0.5)");
return;

async Task<double> MeasureAsync(string name, Func<int, Task> call)
{
    // Warm up at full concurrency until tiered compilation has settled (it otherwise takes a
    // fifth of the CPU during the first seconds), then measure.
    var warmUntil = Stopwatch.StartNew();
    var warm = -1;
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
    {
        while (warmUntil.Elapsed < warmUp)
        {
            await call(Interlocked.Increment(ref warm));
        }
    })));

    var latencies = new double[calls];
    var next = -1;
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var gcBefore = GC.CollectionCount(0);
    var exceptionsBefore = Interlocked.Read(ref exceptions);
    var total = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < calls)
        {
            var start = Stopwatch.GetTimestamp();
            await call(i);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
    })));
    var perSecond = calls / total.Elapsed.TotalSeconds;

    // CPU per call (service and client together): steadier than calls/s when other work shares the machine.
    var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMicroseconds / calls;
    Array.Sort(latencies);
    Console.WriteLine($"{name,-32} {perSecond,10:N0} calls/s   p50 {latencies[calls / 2],7:F3} ms   p99 {latencies[calls * 99 / 100],7:F3} ms   {cpuPerCall,6:F0} µs CPU/call"
        + $"   {(GC.CollectionCount(0) - gcBefore) * 1000.0 / calls:F1} gen0 GCs and {(Interlocked.Read(ref exceptions) - exceptionsBefore) / (double)calls:F2} exceptions per 1000/1 calls");
    return perSecond;
}
