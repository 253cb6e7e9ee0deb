using System.Diagnostics;
using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.Benchmarks;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Persistence.Outbox;
using Employment.TestInfrastructure;
using Employment.Training;
using Employment.Training.Data;
using Employment.Training.V1;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

// 申报高峰: a round registers its applicants (insured, each with a phone), then all of them submit their 技能提升补贴
// online at once with their own person token (what the hall's sign-in gives them) and the certificate's photo; every
// tenth presses 提交 twice with the same key. The burst's latencies are set beside a burst of as many Health/Check calls
// on the same service and channel, which measures what the machine gives any call at that concurrency. Then each
// acknowledged application is looked up in its applicant's 我的办事 (ListMine with their token) and the outbox's 受理
// messages are counted: every acknowledged submission must be present exactly once. Started by
// tests/benchmarks/filing-peak.sh, which provides PostgreSQL and Redis.
var applicants = args.Length > 0 ? int.Parse(args[0]) : 400;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
const int WarmUpApplicants = 40;

// A 1×1 PNG: a phone's photo of the certificate, by its first bytes.
var photo = ByteString.FromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
await using var registryDb = await PostgresDatabase.CreateAsync("bench_peak_registry");
await using var trainingDb = await PostgresDatabase.CreateAsync("bench_peak_training");
var redis = $"--ConnectionStrings:Redis={TestEnvironment.RedisConfiguration}";
var quiet = "--Logging:LogLevel:Default=Warning";
await using var registry = await ServiceUnderTest.StartAsync<ApplicantsModule>([$"--ConnectionStrings:ApplicantsPostgres={registryDb.ConnectionString}", redis, quiet], b => b.Logging.AddConsole());
// The relay is left to its schedule: the outbox is counted as written, not as delivered.
await using var training = await ServiceUnderTest.StartAsync<TrainingModule>(
[
    $"--ConnectionStrings:TrainingPostgres={trainingDb.ConnectionString}", redis, quiet,
    $"--Services:applicants={registry.Address}",
    $"--Policy:ConfigurationPaths:0={Path.Combine(AppContext.BaseDirectory, "configuration")}",
    "--Outbox:PollInterval=01:00:00",
], b => b.Logging.AddConsole());

var registryClient = registry.Client<ApplicantsApi.ApplicantsClient>();
var client = training.Client<TrainingSubsidies.TrainingSubsidiesClient>();
var health = new Health.HealthClient(training.Channel);
var sequence = 0;

Console.WriteLine($"{applicants:N0} applicants per round, {rounds} rounds, one HTTP/2 connection, {Environment.ProcessorCount} cores (service, registry, databases and client share them)");
await RoundAsync(await PeopleAsync(WarmUpApplicants), warmUp: true);
var figures = new List<RoundResult>();
for (var round = 0; round < rounds; round++)
{
    figures.Add(await RoundAsync(await PeopleAsync(applicants), warmUp: false));
}

Console.WriteLine();
Console.WriteLine($"SubmitApplication online   p50 {Spread.Of(figures.Select(f => f.Submit.P50)).Format("F1")} ms   p95 {Spread.Of(figures.Select(f => f.Submit.P95)).Format("F1")} ms   max {Spread.Of(figures.Select(f => f.Submit.Max)).Format("F0")} ms   (medians of {rounds} rounds, min–max)");
Console.WriteLine($"Health/Check at that burst p50 {Spread.Of(figures.Select(f => f.Health.P50)).Format("F1")} ms   p95 {Spread.Of(figures.Select(f => f.Health.P95)).Format("F1")} ms");
Console.WriteLine($"burst of {applicants:N0} (+{applicants / 10:N0} pressed twice) taken in {Spread.Of(figures.Select(f => f.WallMs)).Format("F0")} ms: {Spread.Of(figures.Select(f => f.PerSecond)).Format("F0")} submissions/s");
Console.WriteLine($"ratio p95 SubmitApplication / Health/Check: {Spread.Of(figures.Select(f => f.Submit.P95 / f.Health.P95)).Format("F1")}");
Console.WriteLine($"acknowledged {figures.Sum(f => f.Acknowledged):N0}, each present once in its applicant's 我的办事 with one 受理 message; refused {figures.Sum(f => f.Refused):N0}");
return;

async Task<RoundResult> RoundAsync(IReadOnlyList<(string PersonId, string IdNumber)> people, bool warmUp)
{
    // As many Health/Checks as submissions, in one burst: the machine's answer to that concurrency.
    var healthTimes = await Bursts.RunAsync(people.Count, async _ => await health.CheckAsync(new HealthCheckRequest()));
    var acknowledged = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
    var refused = 0;
    var clock = Stopwatch.StartNew();
    var submitTimes = await Bursts.RunAsync(people.Count, async i =>
    {
        var (personId, _) = people[i];
        var request = Application(i);
        var token = TestCallers.Person(personId);
        try
        {
            var taken = await client.SubmitApplicationAsync(request, token);
            // Every tenth presses 提交 again (the same page, the same key): the same application, not a second.
            var again = i % 10 == 0 ? await client.SubmitApplicationAsync(request, token) : taken;
            if (again.ApplicationId != taken.ApplicationId)
            {
                throw new InvalidOperationException($"a second press made a second application: {taken.ApplicationId} and {again.ApplicationId}");
            }

            acknowledged[personId] = taken.ApplicationId;
        }
        catch (RpcException e)
        {
            Interlocked.Increment(ref refused);
            Console.WriteLine($"refused: {e.Status.StatusCode} {e.Status.Detail}");
        }
    });
    var wall = clock.Elapsed.TotalMilliseconds;

    // Each acknowledged submission, once, where its applicant reads it; one 受理 message each in the outbox.
    foreach (var (personId, applicationId) in acknowledged)
    {
        var mine = await training.Client<SubsidyCases.SubsidyCasesClient>().ListMineAsync(new ListMineRequest(), TestCallers.Person(personId));
        if (mine.Records.Count(r => r.Reference == applicationId) != 1 || mine.Records.Count != 1)
        {
            throw new InvalidOperationException($"applicant {personId}: 我的办事 holds {mine.Records.Count} records for one acknowledged application {applicationId}");
        }
    }

    using (var scope = training.Services.CreateScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var ids = acknowledged.Values.ToHashSet(StringComparer.Ordinal);
        var messages = (await db.Set<OutboxRecord>().AsNoTracking().Select(o => o.Message).ToListAsync())
            .Select(OutgoingMessage.Parser.ParseFrom).Where(m => ids.Contains(m.RecordId) && m.Step == "RECEIVED").GroupBy(m => m.RecordId).ToList();
        if (messages.Count != ids.Count || messages.Any(g => g.Count() != 1))
        {
            throw new InvalidOperationException($"{ids.Count} acknowledged applications have {messages.Sum(g => g.Count())} 受理 messages over {messages.Count} of them");
        }
    }

    var result = new RoundResult(Percentiles.Of(submitTimes), Percentiles.Of(healthTimes), wall, acknowledged.Count / (wall / 1000), acknowledged.Count, refused);
    if (!warmUp)
    {
        Console.WriteLine($"round: {people.Count:N0} at once — submit p50 {result.Submit.P50:F1} ms, p95 {result.Submit.P95:F1} ms, max {result.Submit.Max:F0} ms, wall {wall:F0} ms; Health/Check p50 {result.Health.P50:F1} ms, p95 {result.Health.P95:F1} ms; acknowledged {acknowledged.Count:N0}, refused {refused}");
    }

    return result;
}

SubmitApplicationRequest Application(int i) => new()
{
    IdempotencyKey = Guid.NewGuid().ToString(),
    Kind = SubsidyKind.SkillUpgrade,
    Certificate = new Certificate
    {
        CertificateNumber = $"PEAK{Interlocked.Increment(ref sequence):D8}",
        OccupationCode = "6-18-01-01",
        OccupationName = "焊工",
        Level = SkillLevel.L4,
        IssueDate = Day(2024, 6, 1),
        IssuingBody = "基准鉴定中心",
    },
    PaymentAccount = "6217000000001234567",
    Region = new RegionCode { Code = "410823" },
    Materials = { new Material { Kind = "certificate", FileName = "证书.png", Content = photo } },
};

async Task<IReadOnlyList<(string PersonId, string IdNumber)>> PeopleAsync(int count)
{
    var made = new List<(string, string)>(count);
    for (var i = 0; i < count; i++)
    {
        // A worker insured and under contract when the certificate was issued, as the screens' tests register one.
        var n = Interlocked.Increment(ref sequence);
        var id = InsuredWorker.IdNumber(n % 1000, 1970 + n / 1000);
        made.Add((await InsuredWorker.RegisterAsync(registryClient, TestCallers.Counter(), id, $"高峰申请人{n}"), id));
    }

    return made;
}

static CalendarDate Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

/// <summary>One round's figures.</summary>
internal sealed record RoundResult(Percentiles Submit, Percentiles Health, double WallMs, double PerSecond, int Acknowledged, int Refused);
