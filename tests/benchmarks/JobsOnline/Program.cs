using System.Diagnostics;
using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.Benchmarks;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Jobs;
using Employment.Jobs.Data;
using Employment.Jobs.Data.Online;
using Employment.Jobs.Data.Seekers;
using Employment.Jobs.V1;
using Employment.TestInfrastructure;
using Grpc.Health.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

// Jobs online in production's shape (PostgreSQL for the registry and job matching, profiles cached in Redis):
// 1. 投递: a round registers its seekers and their resumes, then all of them apply to one posting at once with their own
//    person token (every tenth pressing 投递 twice with the same key), beside a burst of as many Health/Check calls on
//    the same service; every acknowledged application must be in the posting's inbox exactly once.
// 2. The inbox of a posting with many applicants (10,000 by default, written straight into the service's database as
//    a year of applications would leave them): the employer agent's first page, a page deep in the list (keyset), and
//    the opening of one applicant (which records the read), each p50/p95 over sequential calls beside Health/Check's.
// 3. A city's saved searches told of a day's postings (SavedSearchDay): the next morning's run timed, and a second run
//    the same morning, which must write nothing.
// Started by tests/benchmarks/jobs-online.sh, which provides PostgreSQL and Redis. Never fails on time.
var seekers = args.Length > 0 ? int.Parse(args[0]) : 400;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
var inboxSize = args.Length > 2 ? int.Parse(args[2]) : 10_000;
var savedSearches = args.Length > 3 ? int.Parse(args[3]) : 20_000;
var dayPostings = args.Length > 4 ? int.Parse(args[4]) : 400;
const int WarmUpSeekers = 40;
const int Reads = 200;

await using var registryDb = await PostgresDatabase.CreateAsync("bench_online_registry");
await using var jobsDb = await PostgresDatabase.CreateAsync("bench_online_jobs");
var redis = $"--ConnectionStrings:Redis={TestEnvironment.RedisConfiguration}";
var quiet = "--Logging:LogLevel:Default=Warning";
await using var registry = await ServiceUnderTest.StartAsync<ApplicantsModule>([$"--ConnectionStrings:ApplicantsPostgres={registryDb.ConnectionString}", redis, quiet], b => b.Logging.AddConsole());
// The service's day is set here, so the saved searches' next morning comes when the run says; the outbox relay and the
// 08:00 trigger are held back, so the morning run is measured alone.
var day = new SettableClock(DateTimeOffset.UtcNow);
await using var jobs = await ServiceUnderTest.StartAsync<JobsModule>(
    [$"--ConnectionStrings:JobsPostgres={jobsDb.ConnectionString}", redis, quiet, "--Demo:Load=false", $"--Services:applicants={registry.Address}", "--Outbox:PollInterval=01:00:00", "--SavedSearches:Schedule="],
    b =>
    {
        b.Logging.AddConsole();
        b.Services.AddSingleton<TimeProvider>(day);
    });

var registryClient = registry.Client<ApplicantsApi.ApplicantsClient>();
var matching = jobs.Client<JobMatching.JobMatchingClient>();
var online = jobs.Client<JobsOnline.JobsOnlineClient>();
var health = new Health.HealthClient(jobs.Channel);
var sequence = 0;

var code = TestCreditCodes.Of("91410802", 71_000_001);
var employer = await registryClient.RegisterEmployerAsync(new RegisterEmployerRequest
{
    IdempotencyKey = Guid.NewGuid().ToString(),
    Employer = new Employer { CreditCode = code, Name = "焦作市基准招聘物流有限公司", Region = new RegionCode { Code = "410802" }, Kind = EntityKind.Enterprise },
}, TestCallers.Counter());
var agent = TestCallers.EmployerAgent(employer.EmployerId);

Console.WriteLine($"{seekers:N0} seekers per round, {rounds} rounds, an inbox of {inboxSize:N0}, one HTTP/2 connection, {Environment.ProcessorCount} cores (services, databases and client share them)");
await RoundAsync(await PostingAsync(), await SeekersAsync(WarmUpSeekers), warmUp: true);
var figures = new List<RoundResult>();
for (var round = 0; round < rounds; round++)
{
    figures.Add(await RoundAsync(await PostingAsync(), await SeekersAsync(seekers), warmUp: false));
}

Console.WriteLine();
Console.WriteLine($"ApplyToPosting             p50 {Spread.Of(figures.Select(f => f.Apply.P50)).Format("F1")} ms   p95 {Spread.Of(figures.Select(f => f.Apply.P95)).Format("F1")} ms   max {Spread.Of(figures.Select(f => f.Apply.Max)).Format("F0")} ms   (medians of {rounds} rounds, min–max)");
Console.WriteLine($"Health/Check at that burst p50 {Spread.Of(figures.Select(f => f.Health.P50)).Format("F1")} ms   p95 {Spread.Of(figures.Select(f => f.Health.P95)).Format("F1")} ms");
Console.WriteLine($"burst of {seekers:N0} (+{seekers / 10:N0} pressed twice): {Spread.Of(figures.Select(f => f.PerSecond)).Format("F0")} applications/s; ratio p95 apply / Health/Check {Spread.Of(figures.Select(f => f.Apply.P95 / f.Health.P95)).Format("F1")}");
Console.WriteLine($"acknowledged {figures.Sum(f => f.Acknowledged):N0}, each once in its posting's inbox");

await InboxAsync();
await SavedSearchDay.RunAsync(jobs, matching, day, code, dayPostings, savedSearches);
return;

async Task<RoundResult> RoundAsync(string postingId, IReadOnlyList<string> people, bool warmUp)
{
    var healthTimes = await Bursts.RunAsync(people.Count, async _ => await health.CheckAsync(new HealthCheckRequest()));
    var acknowledged = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
    var clock = Stopwatch.StartNew();
    var applyTimes = await Bursts.RunAsync(people.Count, async i =>
    {
        var request = new ApplyToPostingRequest { IdempotencyKey = Guid.NewGuid().ToString(), PostingId = postingId };
        var token = TestCallers.Person(people[i]);
        var taken = await online.ApplyToPostingAsync(request, token);
        // Every tenth presses 投递 again (the same page, the same key): the same application, not a second.
        var again = i % 10 == 0 ? await online.ApplyToPostingAsync(request, token) : taken;
        if (again.ApplicationId != taken.ApplicationId)
        {
            throw new InvalidOperationException($"a second press made a second application: {taken.ApplicationId} and {again.ApplicationId}");
        }

        acknowledged[people[i]] = taken.ApplicationId;
    });
    var wall = clock.Elapsed.TotalMilliseconds;

    // Each acknowledged application once in the employer's inbox.
    var listed = new List<string>();
    var token = "";
    do
    {
        var page = await online.ListPostingApplicantsAsync(new ListPostingApplicantsRequest { PostingId = postingId, Page = new PageRequest { PageSize = 200, PageToken = token } }, agent);
        listed.AddRange(page.Applicants.Select(a => a.ApplicationId));
        token = page.Page.NextPageToken;
    }
    while (token.Length > 0);
    if (listed.Count != acknowledged.Count || !listed.ToHashSet(StringComparer.Ordinal).SetEquals(acknowledged.Values))
    {
        throw new InvalidOperationException($"{acknowledged.Count} acknowledged applications, {listed.Count} in the inbox");
    }

    var result = new RoundResult(Percentiles.Of(applyTimes), Percentiles.Of(healthTimes), acknowledged.Count / (wall / 1000), acknowledged.Count);
    if (!warmUp)
    {
        Console.WriteLine($"round: {people.Count:N0} at once — apply p50 {result.Apply.P50:F1} ms, p95 {result.Apply.P95:F1} ms, max {result.Apply.Max:F0} ms, wall {wall:F0} ms; Health/Check p50 {result.Health.P50:F1} ms, p95 {result.Health.P95:F1} ms");
    }

    return result;
}

async Task InboxAsync()
{
    var postingId = await PostingAsync();
    var written = Stopwatch.StartNew();
    var sample = await online.GetMyResumeAsync(new GetMyResumeRequest(), TestCallers.Person((await SeekersAsync(1))[0]));
    using (var scope = jobs.Services.CreateScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<JobsDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var snapshot = Google.Protobuf.JsonFormatter.Default.Format(sample);
        var now = DateTimeOffset.UtcNow;
        for (var batch = 0; batch < inboxSize; batch += 1000)
        {
            var size = Math.Min(1000, inboxSize - batch);
            var records = Enumerable.Range(batch, size).Select(i => new SeekerRecord { SeekerId = $"S-bench-{i:D7}", PersonId = $"P-bench-{i:D7}", HomeCountyCode = "410802", HomeCityCode = "410800", ResumeVisibility = 1 + (i % 3), ResumeJson = "{}" }).ToList();
            records.ForEach(r => r.StampCreated("bench", now));
            db.AddRange(records);
            await db.SaveChangesAsync();
            db.AddRange(records.Select((s, k) =>
            {
                var application = new JobApplicationRecord
                {
                    Id = $"A-bench-{batch + k:D7}", PostingId = postingId, PostingTitle = "仓库管理员", EmployerCreditCode = code, EmployerName = "焦作市基准招聘物流有限公司",
                    PersonId = s.PersonId, SeekerKey = s.Key, Status = 1, ResumeJson = snapshot, Phone = "13800000000",
                };
                application.StampCreated(s.PersonId, now.AddSeconds(batch + k));
                return application;
            }));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    Console.WriteLine();
    Console.WriteLine($"inbox of {inboxSize:N0} applicants written in {written.Elapsed.TotalSeconds:F1} s");

    // A page deep in the list: the token after page 100 (of 50), found by walking as an agent would.
    var deepToken = "";
    for (var page = 0; page < Math.Min(100, inboxSize / 50 - 1); page++)
    {
        deepToken = (await online.ListPostingApplicantsAsync(new ListPostingApplicantsRequest { PostingId = postingId, Page = new PageRequest { PageSize = 50, PageToken = deepToken } }, agent)).Page.NextPageToken;
    }

    var random = new Random(7);
    var legs = new (string Name, Func<Task> Call)[]
    {
        ("Health/Check", async () => await health.CheckAsync(new HealthCheckRequest())),
        ("inbox page 1 (50)", async () => await online.ListPostingApplicantsAsync(new ListPostingApplicantsRequest { PostingId = postingId, Page = new PageRequest { PageSize = 50 } }, agent)),
        ("inbox page 101 (keyset)", async () => await online.ListPostingApplicantsAsync(new ListPostingApplicantsRequest { PostingId = postingId, Page = new PageRequest { PageSize = 50, PageToken = deepToken } }, agent)),
        ("open one applicant (read recorded)", async () => await online.GetApplicantAsync(new GetApplicantRequest { ApplicationId = $"A-bench-{random.Next(inboxSize):D7}" }, agent)),
    };
    var baseline = 0.0;
    foreach (var (name, call) in legs)
    {
        for (var i = 0; i < 20; i++)
        {
            await call();
        }

        var times = new double[Reads];
        for (var i = 0; i < Reads; i++)
        {
            var clock = Stopwatch.StartNew();
            await call();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        var p = Percentiles.Of(times);
        baseline = baseline == 0 ? p.P50 : baseline;
        Console.WriteLine($"{name,-36} p50 {p.P50,6:F2} ms   p95 {p.P95,6:F2} ms   ({p.P50 / baseline:F1} × Health/Check's p50, {Reads} sequential calls)");
    }
}

async Task<string> PostingAsync()
{
    var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
    var filed = await matching.CreatePostingAsync(new CreatePostingRequest
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Posting = new JobPosting
        {
            Employer = new PostingEmployer { CreditCode = code, Name = "焦作市基准招聘物流有限公司", Kind = EntityKind.Enterprise },
            Title = $"仓库管理员{Interlocked.Increment(ref sequence)}",
            OccupationCode = "4-02-06-01",
            Description = "负责物流园仓库收发货、盘点和台账。",
            EmploymentType = EmploymentType.FullTime,
            WorkPlace = new WorkPlace { County = new RegionCode { Code = "410802" }, Address = "解放区示例路8号", Location = new GeoPoint { Latitude = 35.24, Longitude = 113.23 } },
            Pay = new Pay { Min = new Money { Fen = 400_000 }, Max = new Money { Fen = 550_000 }, Period = PayPeriod.Month },
            Openings = 5,
            Requirements = new Requirements(),
            Valid = new DatePeriod { From = Day(today), Until = Day(today.AddDays(90)) },
            Source = new PostingSource { Kind = SourceKind.Counter },
            Contact = "0391-3900000",
        },
    }, TestCallers.Counter());
    return filed.PostingId;
}

// Registered people, each with a resume saved (the narrowest visibility for a third of them, as people choose).
async Task<IReadOnlyList<string>> SeekersAsync(int count)
{
    var made = new List<string>(count);
    for (var i = 0; i < count; i++)
    {
        var n = Interlocked.Increment(ref sequence);
        var first17 = $"4108021985{(n % 12) + 1:D2}15{n % 1000:D3}";
        var person = await registryClient.RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person { IdNumber = first17 + ResidentIdNumber.ComputeCheckCharacter(first17), Name = $"投递人{n}", Phone = "13800000000", ResidenceRegion = new RegionCode { Code = "410802" } },
        }, TestCallers.Counter());
        await online.SaveMyResumeAsync(new SaveMyResumeRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Stated = new StatedResume { WantedOccupations = { "仓库管理", "叉车" }, Regions = { new RegionCode { Code = "410802" } }, Introduction = "做过三年理货。" },
            Visibility = (ResumeVisibility)(1 + (n % 3)),
        }, TestCallers.Person(person.PersonId));
        made.Add(person.PersonId);
    }

    return made;
}

static CalendarDate Day(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

/// <summary>One round's figures.</summary>
internal sealed record RoundResult(Percentiles Apply, Percentiles Health, double PerSecond, int Acknowledged);
