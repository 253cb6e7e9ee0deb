using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.Benchmarks;
using Employment.Common.V1;
using Employment.Hiring;
using Employment.Hiring.V1;
using Employment.IdentityNumbers;
using Employment.TestInfrastructure;
using Grpc.Health.V1;
using Microsoft.Extensions.Logging;
using ApplicantsApi = Employment.Applicants.V1.Applicants;
using HiringApi = Employment.Hiring.V1.HiringSubsidies;

// "Measured": PreviewClaim of a 100-item 吸纳 claim (every item read from the registry through
// the profile cache, R9 prior claims read from PostgreSQL, judged and explained), and Health/Check on
// the same host in the same run: both warmed, then measured in alternating rounds (BenchmarkKit), each
// figure the median (min–max) of the rounds. Started by tests/benchmarks/hiring-preview.sh, which provides
// PostgreSQL and Redis. Prints figures; never fails on time.
const int Items = 100;
var settings = LegSettings.FromArgs(args, calls: 40, concurrency: 4, rounds: 5, warmUpSeconds: 10);

await using var registryDb = await PostgresDatabase.CreateAsync("bench_hiring_registry");
await using var hiringDb = await PostgresDatabase.CreateAsync("bench_hiring");
await using var registry = await ServiceUnderTest.StartAsync<ApplicantsModule>(
    [$"--ConnectionStrings:ApplicantsPostgres={registryDb.ConnectionString}", $"--ConnectionStrings:Redis={TestEnvironment.RedisConfiguration}", "--Logging:LogLevel:Default=Warning"],
    b => b.Logging.AddConsole());
await using var hiring = await ServiceUnderTest.StartAsync<HiringModule>(
    [
        $"--ConnectionStrings:HiringPostgres={hiringDb.ConnectionString}",
        $"--ConnectionStrings:Redis={TestEnvironment.RedisConfiguration}",
        $"--Services:applicants={registry.Address}",
        "--Logging:LogLevel:Default=Warning",
    ],
    b => b.Logging.AddConsole());

var applicants = registry.Client<ApplicantsApi.ApplicantsClient>();
var counter = TestCallers.Counter();
var organisation8 = "55" + Random.Shared.Next(0, 999_999).ToString("D6");
var first17Code = "91410802" + organisation8 + UnifiedSocialCreditCode.ComputeOrganizationCheckCharacter(organisation8);
var creditCode = first17Code + UnifiedSocialCreditCode.ComputeCheckCharacter(first17Code);
await applicants.RegisterEmployerAsync(new RegisterEmployerRequest
{
    IdempotencyKey = Guid.NewGuid().ToString(),
    Employer = new Employer { CreditCode = creditCode, Name = "基准制造有限公司", Region = new RegionCode { Code = "410802" }, Kind = EntityKind.Enterprise },
}, counter);

var start = new CalendarDate { Year = 2023, Month = 6, Day = 1 };
var request = new SubmitClaimRequest { Employer = new EmployerKey { CreditCode = creditCode }, Kind = SubsidyKind.Absorption };
for (var i = 0; i < Items; i++)
{
    var first17 = $"41082320000310{i:D3}";
    var id = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    var person = await applicants.RegisterPersonAsync(new RegisterPersonRequest
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Person = new Person { IdNumber = id, Name = $"基准{i}", ResidenceRegion = new RegionCode { Code = "410823" } },
    }, counter);
    await AddFactAsync(person.PersonId, new PersonFact
    {
        Kind = PersonFactKind.UnemploymentRegistration,
        Period = new DatePeriod { From = new CalendarDate { Year = 2022, Month = 6, Day = 1 } },
        Authority = "基准",
    });
    foreach (var scheme in new[] { InsuranceScheme.Pension, InsuranceScheme.Unemployment, InsuranceScheme.WorkInjury })
    {
        await AddFactAsync(person.PersonId, new PersonFact
        {
            Kind = PersonFactKind.SocialInsurance,
            Period = new DatePeriod { From = start, Until = new CalendarDate { Year = 2023, Month = 6, Day = 30 } },
            Authority = "基准",
            Insurance = new InsuranceContribution { Scheme = scheme, Months = 1, EmployerCreditCode = creditCode },
        });
    }

    request.Hires.Add(new HireItem { PersonIdNumber = id, ContractStart = start, OpenEnded = true });
}

var client = hiring.Client<HiringApi.HiringSubsidiesClient>();
var check = await client.PreviewClaimAsync(request, counter);
if (check.Items.Count != Items || check.Items.Any(i => !i.Approved) || check.Total.Fen != Items * 100_000L)
{
    Console.Error.WriteLine($"wrong answer: {check.Items.Count(i => i.Approved)} of {check.Items.Count} approved, total {check.Total.Fen} fen");
    return 1;
}

var health = new Health.HealthClient(hiring.Channel);
var legs = new Leg[]
{
    new("Health/Check (same host)", async _ => await health.CheckAsync(new HealthCheckRequest())),
    new($"PreviewClaim, {Items} items", async _ => await client.PreviewClaimAsync(request, counter)),
};
Console.WriteLine($"hiring-subsidies on PostgreSQL, registry through the profile cache (Redis); service, registry, databases and client share the cores; {settings}");
var results = await LegRunner.MeasureAsync(legs, settings);
results.Print(Console.Out);
var previewsPerSecond = Spread.Of(results[legs[1].Name].Select(r => r.PerSecond));
Console.WriteLine($"  items judged per second             {previewsPerSecond.Median * Items:N0} ({previewsPerSecond.Min * Items:N0}–{previewsPerSecond.Max * Items:N0})");
Console.WriteLine($"  ratio PreviewClaim / Health/Check   {results.Ratio(legs[1].Name, legs[0].Name, f => f.PerSecond).Format("F4")}   (calls/s)");
return 0;

Task AddFactAsync(string personId, PersonFact fact) =>
    applicants.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = personId, Fact = fact }, counter).ResponseAsync;
