using Employment.Applicants;
using Employment.Benchmarks;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Loans;
using Employment.Loans.V1;
using Employment.ServiceDefaults.Health;
using Employment.TestInfrastructure;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;
using Npgsql;
using StackExchange.Redis;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

// Bank eligibility queries against the running startup-loans service in production's shape
// (PostgreSQL for both services, borrower profiles served from Redis: the in-process profile cache
// is off), next to grpc.health.v1.Health/Check on the same service, same client, same concurrency,
// in one run. Each query reads the borrower's consent (查询授权) and their loans, then their profile, judges every product and
// commits the query record before answering. Both legs are warmed, then alternate over rounds
// (BenchmarkKit); the CPU figure is this process's (client, loans and registry together), so the
// query's own cost is read as its CPU above Health/Check's. Started by
// tests/benchmarks/eligibility-queries.sh, which provides PostgreSQL and Redis. Prints figures and
// the ratio; never fails on time.
const int Borrowers = 200;
long exceptions = 0;
AppDomain.CurrentDomain.FirstChanceException += (_, _) => Interlocked.Increment(ref exceptions);
// Warm-up is long by default: tiered compilation otherwise takes a fifth of the CPU in the first seconds.
var settings = LegSettings.FromArgs(args, calls: 10_000, concurrency: 64, rounds: 5, warmUpSeconds: 10);

await using var registryDb = await PostgresDatabase.CreateAsync("bench_elig_registry");
await using var loansDb = await PostgresDatabase.CreateAsync("bench_elig_loans");
var redis = $"--ConnectionStrings:Redis={TestEnvironment.RedisConfiguration}";
var quiet = "--Logging:LogLevel:Default=Warning";
// The bank the borrowers consent to: a consent names a configured 经办银行.
string[] banks = ["--Loans:Consents:Banks:0:Code=BENCH-BANK", "--Loans:Consents:Banks:0:NameZh=基准测试银行"];
// Warnings still reach the console: a benchmark that goes wrong should say why.
await using var registry = await ServiceUnderTest.StartAsync<ApplicantsModule>([$"--ConnectionStrings:ApplicantsPostgres={registryDb.ConnectionString}", redis, quiet], b => b.Logging.AddConsole());
var registryAddress = registry.Address;
await using var loans = await ServiceUnderTest.StartAsync<LoansModule>(
[
    $"--ConnectionStrings:LoansPostgres={loansDb.ConnectionString}", redis, quiet,
    $"--Services:applicants={registryAddress}", .. banks,
    "--ProfileCache:InProcessEntries=0", // every query's profile comes from Redis, as the issue asks
], b => b.Logging.AddConsole());
// The same service with every bearer token's signature checked on every call, as before the remembered-token cache
// (Authentication:RememberVerifiedTokens=false): the third leg shows what remembering tokens buys.
await using var loansCheckingEveryToken = await ServiceUnderTest.StartAsync<LoansModule>(
[
    $"--ConnectionStrings:LoansPostgres={loansDb.ConnectionString}", redis, quiet,
    $"--Services:applicants={registryAddress}", .. banks,
    "--ProfileCache:InProcessEntries=0",
    "--Authentication:RememberVerifiedTokens=false",
], b => b.Logging.AddConsole());

// The same service with Npgsql's automatic statement preparation (Max Auto Prepare): each connection
// prepares the statements it runs often, so PostgreSQL parses and plans them once per connection.
await using var loansPreparing = await ServiceUnderTest.StartAsync<LoansModule>(
[
    $"--ConnectionStrings:LoansPostgres={loansDb.ConnectionString};Max Auto Prepare=20", redis, quiet,
    $"--Services:applicants={registryAddress}", .. banks,
    "--ProfileCache:InProcessEntries=0",
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
using var checkingChannel = GrpcChannel.ForAddress(loansCheckingEveryToken.Address);
var checkingClient = new StartupLoans.StartupLoansClient(checkingChannel);
using var preparingChannel = GrpcChannel.ForAddress(loansPreparing.Address);
var preparingClient = new StartupLoans.StartupLoansClient(preparingChannel);
var bank = TestCallers.Bank("BENCH-BANK");
// Each borrower's signed paper consent to the bank's queries, as a query must name one.
var consents = new List<string>();
foreach (var id in people)
{
    consents.Add((await PaperConsents.RecordAsync(client, new Borrower { IdNumber = id, Kind = BorrowerKind.Individual }, "BENCH-BANK", "410802", PaperConsents.TodayInChina)).ConsentId);
}

var query = (int i) => new EligibilityQuery
{
    BankCode = "BENCH-BANK",
    Borrower = new Borrower { IdNumber = people[i % Borrowers], Kind = BorrowerKind.Individual },
    Region = new RegionCode { Code = "410802" },
    IntendedIssueDate = new CalendarDate { Year = 2024, Month = 3, Day = 1 },
    RequestedAmount = new Money { Fen = 10_000_00 * (1 + i % 30) },
    ConsentReference = consents[i % Borrowers],
};

// The floor under the query: one round trip of each kind it makes, from this process, without gRPC. A query
// reads its consent and its loans from PostgreSQL and its profile from Redis; no code of ours can make it
// cheaper than those round trips (the record's commit is shared by a batch).
// A small pool: the services under test hold most of the server's connections.
await using var postgres = NpgsqlDataSource.Create($"{loansDb.ConnectionString};Maximum Pool Size=16");
var cache = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.RedisConfiguration);
var cached = cache.GetDatabase();
var profileSized = new byte[1024];
Random.Shared.NextBytes(profileSized);
for (var i = 0; i < Borrowers; i++)
{
    await cached.StringSetAsync($"bench:profile:{i}", profileSized);
}

var legs = new Leg[]
{
    // The liveness name: the transport and host alone. The whole server ("") runs every dependency's
    // check, the database's among them, on each call, which is no baseline for the query's own cost.
    new("Health/Check (liveness)", async _ => await health.CheckAsync(new HealthCheckRequest { Service = LivenessHealth.ServiceName })),
    new("StartupLoans/QueryEligibility", async i => RequireOffers(await client.QueryEligibilityAsync(query(i), bank))),
    new("QueryEligibility, every token checked", async i => RequireOffers(await checkingClient.QueryEligibilityAsync(query(i), bank))),
    new("QueryEligibility, Max Auto Prepare=20", async i => RequireOffers(await preparingClient.QueryEligibilityAsync(query(i), bank))),
    new("one PostgreSQL read by key (Npgsql, no gRPC)", async i => await ReadConsentAsync(postgres, consents[i % Borrowers])),
    new("one Redis GET of 1 KB (no gRPC)", async i => _ = (byte[]?)await cached.StringGetAsync($"bench:profile:{i % Borrowers}") ?? throw new InvalidOperationException("no value")),
};

// What each query carries back: every product's verdict with the checks, facts and clauses behind it, which the
// service writes and the client reads on every call (Health/Check's answer is 2 bytes).
var sample = await client.QueryEligibilityAsync(query(0), bank);
Console.WriteLine($"One answer: {sample.CalculateSize():N0} bytes, {sample.Offers.Count} products, {sample.Offers.Sum(o => o.Explanation.Checks.Count) + sample.Explanation.Checks.Count} checks");
Console.WriteLine($"One HTTP/2 connection; service, registry, databases and client share the cores; {settings}");
var exceptionsBefore = Interlocked.Read(ref exceptions);
var results = await LegRunner.MeasureAsync(legs, settings);
results.Print(Console.Out);
Console.WriteLine($"  first-chance exceptions while measuring: {Interlocked.Read(ref exceptions) - exceptionsBefore}");
Console.WriteLine();
Console.WriteLine("Per round (median (min–max) of the rounds):");
Console.WriteLine($"  ratio eligibility / Health/Check     {results.Ratio(legs[1].Name, legs[0].Name, f => f.PerSecond).Format("F2")}   (target: at least 0.3)");
Console.WriteLine($"  CPU per query above Health/Check, in Health/Checks' CPU   {results.Excess(legs[1].Name, legs[0].Name, f => f.CpuMicrosPerCall).Format("F1")}   (target: at most 4)");
Console.WriteLine($"  CPU per query above Health/Check     {results.Difference(legs[1].Name, legs[0].Name, f => f.CpuMicrosPerCall).Format("F0")} µs   (this machine's; Health/Check's own {Spread.Of(results[legs[0].Name].Select(f => f.CpuMicrosPerCall)).Format("F0")} µs)");
Console.WriteLine($"  remembered / every token checked    {results.Ratio(legs[1].Name, legs[2].Name, f => f.PerSecond).Format("F2")}   (calls/s)");
Console.WriteLine($"  Max Auto Prepare / unprepared        {results.Ratio(legs[3].Name, legs[1].Name, f => f.PerSecond).Format("F2")}   (calls/s)");
Console.WriteLine($"  CPU saved per query by preparing    {results.Difference(legs[1].Name, legs[3].Name, f => f.CpuMicrosPerCall).Format("F0")} µs");
Console.WriteLine($"  CPU saved per query by remembering  {results.Difference(legs[2].Name, legs[1].Name, f => f.CpuMicrosPerCall).Format("F0")} µs");
Console.WriteLine($"  one PostgreSQL read, in Health/Checks' CPU   {results.Ratio(legs[4].Name, legs[0].Name, f => f.CpuMicrosPerCall).Format("F1")}   (the floor: a query's reads and its share of a commit)");
Console.WriteLine($"  one Redis GET, in Health/Checks' CPU         {results.Ratio(legs[5].Name, legs[0].Name, f => f.CpuMicrosPerCall).Format("F1")}");

static async Task ReadConsentAsync(NpgsqlDataSource postgres, string consentId)
{
    await using var command = postgres.CreateCommand("SELECT \"Id\", \"BankCode\", \"ValidUntil\" FROM query_consents WHERE \"Id\" = $1");
    command.Parameters.Add(new NpgsqlParameter { Value = consentId });
    await using var reader = await command.ExecuteReaderAsync();
    if (!await reader.ReadAsync())
    {
        throw new InvalidOperationException("no consent");
    }
}

static void RequireOffers(EligibilityAnswer answer)
{
    if (answer.Offers.Count == 0)
    {
        throw new InvalidOperationException("an eligibility answer without offers");
    }
}
