using System.Globalization;
using System.Diagnostics;
using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.TestInfrastructure;
using Employment.Training;
using Employment.Training.Data;
using Employment.Training.Domain.Applications;
using Employment.Training.V1;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ApplicantsApi = Employment.Applicants.V1.Applicants;
using ApplicationStatus = Employment.Training.Domain.Applications.ApplicationStatus;

// The training-subsidies service in production's shape: PostgreSQL for it and the registry, profiles
// read through the shared cache (in process, Redis behind). Part 1: PreviewApplication (a skill-upgrade
// certificate judged on the person's registry facts and their earlier subsidies from the training
// database) beside grpc.health.v1.Health/Check on the same service, same channel, same concurrency; the
// legs alternate over several rounds so a neighbour's build hits both alike. Part 2: a payment batch of
// 10,000 approved applications created (CreatePaymentBatch) and its public notice list produced
// (GetPaymentNotice), timed end to end over gRPC. Started by tests/benchmarks/training-preview.sh, which
// provides PostgreSQL and Redis. Prints figures; never fails on time.
const int People = 200;
const int BatchSize = 10_000;
var calls = args.Length > 0 ? int.Parse(args[0]) : 4_000;
var concurrency = args.Length > 1 ? int.Parse(args[1]) : 32;
var rounds = args.Length > 2 ? int.Parse(args[2]) : 5;
var warmUp = TimeSpan.FromSeconds(args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 10);

var configuration = Directory.CreateTempSubdirectory("training-bench-config");
await File.WriteAllTextAsync(Path.Combine(configuration.FullName, "training-sample.yaml"), """
    values:
      - key: training.payment.public_notice_days
        value: 7
        unit: days
        region: "410800"
        from: 2023-01-01
        source: 示例值，仅供基准测试 (sample for the benchmark)
        sample: true
    """);
await using var registryDb = await PostgresDatabase.CreateAsync("bench_training_registry");
await using var trainingDb = await PostgresDatabase.CreateAsync("bench_training");
var redis = $"--ConnectionStrings:Redis={TestEnvironment.RedisConfiguration}";
var quiet = "--Logging:LogLevel:Default=Warning";
await using var registry = await ServiceUnderTest.StartAsync<ApplicantsModule>([$"--ConnectionStrings:ApplicantsPostgres={registryDb.ConnectionString}", redis, quiet], b => b.Logging.AddConsole());
await using var training = await ServiceUnderTest.StartAsync<TrainingModule>(
[
    $"--ConnectionStrings:TrainingPostgres={trainingDb.ConnectionString}", redis, quiet,
    $"--Services:applicants={registry.Address}",
    $"--Policy:ConfigurationPaths:0={configuration.FullName}",
], b => b.Logging.AddConsole());

var registryClient = registry.Client<ApplicantsApi.ApplicantsClient>();
var people = new List<string>();
for (var i = 0; i < People; i++)
{
    var first17 = $"410823198{i % 10}0201{i:D3}";
    var id = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    var person = await registryClient.RegisterPersonAsync(new RegisterPersonRequest
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Person = new Person { IdNumber = id, Name = $"基准学员{i}", ResidenceRegion = new RegionCode { Code = "410823" } },
    }, TestCallers.Counter());
    await AddFactAsync(person.PersonId, new PersonFact
    {
        Kind = PersonFactKind.UnemploymentInsurance,
        Period = new DatePeriod { From = Day(2021, 1, 1), Until = Day(2023, 12, 31) },
        Authority = "基准",
        Insurance = new InsuranceContribution { Scheme = InsuranceScheme.Unemployment, Months = 36 },
    });
    await AddFactAsync(person.PersonId, new PersonFact
    {
        Kind = PersonFactKind.EmploymentContract,
        Period = new DatePeriod { From = Day(2021, 1, 1) },
        Authority = "基准",
        Contract = new EmploymentContract { OpenEnded = true },
    });
    people.Add(id);
}

var client = training.Client<TrainingSubsidies.TrainingSubsidiesClient>();
var notices = training.Client<SubsidyPayments.SubsidyPaymentsClient>();
var health = new Health.HealthClient(training.Channel);
var counter = TestCallers.Counter();
var preview = (int i) => new SubmitApplicationRequest
{
    IdempotencyKey = "bench",
    Person = new PersonKey { IdNumber = people[i % People] },
    Kind = SubsidyKind.SkillUpgrade,
    Certificate = new Certificate
    {
        CertificateNumber = $"BENCH{i:D8}",
        OccupationCode = "6-18-01-01",
        OccupationName = "焊工",
        Level = SkillLevel.L4,
        IssueDate = Day(2024, 3, 1),
        IssuingBody = "基准鉴定中心",
    },
    PaymentAccount = "6217000000001234567",
    Region = new RegionCode { Code = "410823" },
};

Console.WriteLine($"{calls:N0} calls per leg and round, {rounds} rounds, {concurrency} concurrent callers on one HTTP/2 connection, {Environment.ProcessorCount} cores (service, registry, databases and client share them)");
var legs = new (string Name, Func<int, Task> Call)[]
{
    ("grpc.health.v1.Health/Check", async _ => await health.CheckAsync(new HealthCheckRequest())),
    ("TrainingSubsidies/PreviewApplication", async i =>
    {
        var answer = await client.PreviewApplicationAsync(preview(i), counter);
        if (answer.Amount.Fen != 150_000)
        {
            throw new InvalidOperationException($"a level-4 preview of 2024 that is not 1500元: {answer.Explanation.SummaryZh}");
        }
    }),
};
foreach (var (_, call) in legs)
{
    await RunAsync(call, warmUp, 0);
}

var results = legs.ToDictionary(l => l.Name, _ => new List<(double PerSecond, double P50, double P99)>());
for (var round = 0; round < rounds; round++)
{
    // Alternate which leg goes first, so neither always runs after the other.
    foreach (var (name, call) in round % 2 == 0 ? legs : legs.Reverse())
    {
        results[name].Add(await MeasureAsync(call));
    }
}

foreach (var (name, figures) in results)
{
    var rates = figures.Select(f => f.PerSecond).Order().ToList();
    Console.WriteLine($"{name,-38} {Median(rates),9:N0} calls/s (min {rates[0]:N0} – max {rates[^1]:N0})   p50 {Median(figures.Select(f => f.P50)),7:F3} ms   p99 {Median(figures.Select(f => f.P99)),7:F3} ms   (medians of {rounds} rounds)");
}

var ratio = Median(results[legs[1].Name].Select(f => f.PerSecond)) / Median(results[legs[0].Name].Select(f => f.PerSecond));
Console.WriteLine($"ratio PreviewApplication / Health/Check: {ratio:F2}   (target: at least 0.3)");

// Part 2: approved applications are seeded straight into the training database (what the batch
// reads; submitting and deciding 10,000 over gRPC would measure something else), then batched.
var warmBatch = await SeedApprovedAsync(500, "W");
await BatchAsync(warmBatch);
var ids = await SeedApprovedAsync(BatchSize, "M");
var (createMs, noticeMs, entries) = await BatchAsync(ids);
Console.WriteLine();
Console.WriteLine($"payment batch of {BatchSize:N0} approved applications: CreatePaymentBatch {createMs:N0} ms + GetPaymentNotice ({entries:N0} entries) {noticeMs:N0} ms = {createMs + noticeMs:N0} ms   (target: under 5000 ms on 2 cores)");
return;

async Task<(double CreateMs, double NoticeMs, int Entries)> BatchAsync(IReadOnlyList<string> applicationIds)
{
    var request = new CreatePaymentBatchRequest { IdempotencyKey = Guid.NewGuid().ToString(), Region = new RegionCode { Code = "410823" } };
    request.RecordIds.AddRange(applicationIds);
    var clock = Stopwatch.StartNew();
    var batch = await notices.CreatePaymentBatchAsync(request, counter);
    var created = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    var notice = await notices.GetPaymentNoticeAsync(new GetPaymentNoticeRequest { BatchId = batch.BatchId });
    var listed = clock.Elapsed.TotalMilliseconds;
    if (notice.Lines.Count != applicationIds.Count || batch.RecordIds.Count != applicationIds.Count)
    {
        throw new InvalidOperationException($"a batch of {batch.RecordIds.Count} with {notice.Lines.Count} notice entries for {applicationIds.Count} applications");
    }

    return (created, listed, notice.Lines.Count);
}

async Task<List<string>> SeedApprovedAsync(int count, string tag)
{
    using var scope = training.Services.CreateScope();
    var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
    var now = TimeProvider.System.GetUtcNow();
    var seeded = new List<string>(count);
    for (var i = 0; i < count; i++)
    {
        var record = new TrainingApplicationRecord
        {
            Id = $"TBENCH{tag}{i:D6}",
            Kind = (int)SubsidyKind.SkillUpgrade,
            Status = (int)ApplicationStatus.Approved,
            PersonId = $"PBENCH{tag}{i:D6}",
            IdNumberMasked = "410823********001X",
            NameMasked = "基*员",
            Region = "410823",
            CertificateNumber = $"BATCH{tag}{i:D6}",
            CertificateKey = $"BATCH{tag}{i:D6}",
            OccupationCode = "6-18-01-01",
            OccupationName = "焊工",
            Level = 4,
            IssueDate = new DateOnly(2024, 3, 1),
            AmountFen = 150_000,
            Explanation = [],
        };
        record.StampCreated("bench", now);
        db.Applications.Add(record);
        seeded.Add(record.Id);
    }

    await db.SaveChangesAsync();
    return seeded;
}

async Task<(double PerSecond, double P50, double P99)> MeasureAsync(Func<int, Task> call)
{
    var latencies = new double[calls];
    var total = Stopwatch.StartNew();
    await RunAsync(call, null, calls, latencies);
    var perSecond = calls / total.Elapsed.TotalSeconds;
    Array.Sort(latencies);
    return (perSecond, latencies[calls / 2], latencies[calls * 99 / 100]);
}

// Runs the call from `concurrency` callers, for a time (warm-up) or for a number of calls (recording each latency).
async Task RunAsync(Func<int, Task> call, TimeSpan? duration, int count, double[]? latencies = null)
{
    var elapsed = Stopwatch.StartNew();
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
    {
        while (true)
        {
            var i = Interlocked.Increment(ref next);
            if (duration is { } d ? elapsed.Elapsed >= d : i >= count)
            {
                return;
            }

            var start = Stopwatch.GetTimestamp();
            await call(i);
            if (latencies is not null)
            {
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }
    })));
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static CalendarDate Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

Task AddFactAsync(string personId, PersonFact fact) =>
    registryClient.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = personId, Fact = fact }, TestCallers.Counter()).ResponseAsync;
