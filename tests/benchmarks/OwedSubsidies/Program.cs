using System.Diagnostics;
using System.Globalization;
using Employment.Applicants;
using Employment.Applicants.V1;
using Employment.Benchmarks;
using Employment.Common.V1;
using Employment.Hiring;
using Employment.Hiring.Data;
using Employment.Hiring.UseCases;
using Employment.Hiring.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Regions;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OwedSubsidies;
using static System.FormattableString;
using ApplicantsApi = Employment.Applicants.V1.Applicants;
using HiringApi = Employment.Hiring.V1.HiringSubsidies;

// the owed-subsidies job (直补快办, ListOwedSubsidies) over a generated region of 100,000 people
// and 10,000 employers in PostgreSQL (the registry's tables written by COPY), the registry and the
// hiring service on PostgreSQL with Redis, over real gRPC. Each round runs two legs: the baseline, the
// registry's StreamRegionFacts read alone by a client (what the job cannot do faster than), and the job.
// One warm-up round, then N rounds: median and min–max of time, rows per second, peak memory. The same is
// measured first on a region `growth` times smaller, and the line "cost growth" says how time and peak
// memory grew between the two. Started by tests/benchmarks/owed-subsidies.sh, which provides PostgreSQL and
// Redis. Never fails on time.
//
//   tests/benchmarks/owed-subsidies.sh [people=100000] [employers=10000] [rounds=3] [growth=10]
var rounds = Arg(2, 3);
var growth = Arg(3, 10);
var sizes = new[] { (People: Arg(0, 100_000) / growth, Employers: Arg(1, 10_000) / growth), (People: Arg(0, 100_000), Employers: Arg(1, 10_000)) };
var from = new CalendarDate { Year = 2023, Month = 1, Day = 1 };
var until = new CalendarDate { Year = 2023, Month = 12, Day = 31 };
// The hiring service's business date: the job judges 稳岗返还 and start-ups as claims filed today, and a
// 稳岗返还 policy is in force only for claims of 2023 and 2024 (R15), so the run is dated 2024-03-01 (refund
// year 2023, which the generated region records).
var businessDate = new SettableClock(new DateTimeOffset(2024, 3, 1, 4, 0, 0, TimeSpan.Zero));

var measured = new List<(double Seconds, double PeakHeapMb)>();
foreach (var (people, employers) in sizes)
{
    measured.Add(await MeasureAsync(people, employers));
}

Console.WriteLine();
Console.WriteLine(Invariant($"{sizes[0].People:N0} people / {sizes[0].Employers:N0} employers: job {measured[0].Seconds:F2} s, peak managed heap {measured[0].PeakHeapMb:N0} MB; {sizes[1].People:N0} / {sizes[1].Employers:N0}: {measured[1].Seconds:F2} s, {measured[1].PeakHeapMb:N0} MB"));
Console.WriteLine(CostGrowth.Line(sizes[0].People, sizes[1].People, measured[0].Seconds, measured[1].Seconds, measured[0].PeakHeapMb, measured[1].PeakHeapMb));
return 0;

async Task<(double Seconds, double PeakHeapMb)> MeasureAsync(int people, int employers)
{
    await using var registryDb = await PostgresDatabase.CreateAsync(Invariant($"bench_owed_registry_{people}"));
    await using var hiringDb = await PostgresDatabase.CreateAsync(Invariant($"bench_owed_hiring_{people}"));
    await using var registry = await ServiceUnderTest.StartAsync<ApplicantsModule>(
        [$"--ConnectionStrings:ApplicantsPostgres={registryDb.ConnectionString}", $"--ConnectionStrings:Redis={TestEnvironment.RedisConfiguration}", "--Logging:LogLevel:Default=Warning"],
        b => b.Logging.AddConsole());
    await using var hiring = await ServiceUnderTest.StartAsync<HiringModule>(
        [
            $"--ConnectionStrings:HiringPostgres={hiringDb.ConnectionString}",
            $"--ConnectionStrings:Redis={TestEnvironment.RedisConfiguration}",
            $"--Services:applicants={registry.Address}",
            // The hiring tests' marked sample minimum wages and social-insurance shares (R3: the product ships
            // none), so the trainee and social-insurance legs are judged to an amount rather than refused.
            $"--Policy:ConfigurationPaths:0={SampleConfiguration()}",
            "--Logging:LogLevel:Default=Warning",
        ],
        b =>
        {
            b.Logging.AddConsole();
            b.Services.AddSingleton<TimeProvider>(businessDate);
        });

    var load = Stopwatch.StartNew();
    var counts = await GeneratedRegion.WriteAsync(registryDb.ConnectionString, people, employers);
    Console.WriteLine();
    Console.WriteLine(Invariant($"region written by COPY in {load.Elapsed.TotalSeconds:F1} s: {counts.Employers:N0} employers ({employers:N0} in Jiaozuo 410800, the rest in Jiyuan), {counts.People:N0} people, {counts.Facts:N0} facts"));
    Console.WriteLine(Invariant($"{Environment.ProcessorCount} cores shared with other work; registry, hiring service and client in this one process (memory figures cover all three)"));

    var applicants = registry.Client<ApplicantsApi.ApplicantsClient>();
    var client = hiring.Client<HiringApi.HiringSubsidiesClient>();
    var counter = TestCallers.Counter("410800");

    // Warm-up: both legs once; then the first 20 employers' prepared claims are submitted as a clerk would
    // confirm them, so every measured round also skips standing claims (R9).
    await BaselineAsync();
    var warm = await JobAsync();
    var confirmed = 0;
    foreach (var claim in warm.FirstEntries.Take(20).SelectMany(e => e.Claims))
    {
        var submit = claim.Clone();
        submit.IdempotencyKey = Guid.NewGuid().ToString();
        submit.PaymentAccount = "6222000000000000001";
        try
        {
            await client.SubmitClaimAsync(submit, counter);
            // One listed item per hire or trainee, and per start-up, 稳岗返还 or 运营补贴 claim.
            confirmed += submit.Hires.Count + submit.Trainees.Count + (submit.Startup is not null || submit.IncubatorOperating is not null || submit.Kind == SubsidyKind.StabilisationRefund ? 1 : 0);
        }
        catch (RpcException e)
        {
            Console.Error.WriteLine(Invariant($"a prepared {submit.Kind} claim was refused: {e.Status.StatusCode} {e.Status.Detail}"));
        }
    }

    Console.WriteLine(Invariant($"warm-up: {warm.Items:N0} items owed, {warm.TotalFen / 100m:N2} yuan; {confirmed} of them confirmed by SubmitClaim before the measured rounds"));
    var baselines = new List<Leg>();
    var jobs = new List<Leg>();
    for (var round = 1; round <= rounds; round++)
    {
        var baseline = await BaselineAsync();
        var job = await JobAsync();
        baselines.Add(baseline);
        jobs.Add(job);
        var check = job.Items == warm.Items - confirmed ? "" : Invariant($"  (expected {warm.Items - confirmed} items!)");
        Console.WriteLine(Invariant($"round {round}: baseline {baseline.Seconds:F2} s, job {job.Seconds:F2} s ({job.Seconds / baseline.Seconds:F1}x), {job.People:N0} people, {job.Judged}, {job.Items:N0} items owed ({job.ByKind}), {job.AlreadyClaimed} already claimed{check}"));
    }

    // The counter's window: the list for one employer (its people found through the indexed codes) and for one person.
    var oneEmployer = new List<double>();
    var onePerson = new List<double>();
    foreach (var entry in warm.FirstEntries.Skip(20))
    {
        oneEmployer.Add(await OneClaimantMsAsync(entry.Employer.EmployerId, ""));
        if (entry.Items.FirstOrDefault(i => i.PersonId.Length > 0) is { } item)
        {
            onePerson.Add(await OneClaimantMsAsync("", item.PersonId));
        }
    }

    Console.WriteLine();
    Report("registry stream alone (baseline)", baselines);
    Report("owed-subsidies job", jobs);
    if (oneEmployer.Count > 0)
    {
        Console.WriteLine(Invariant($"one claimant (the counter's window), {oneEmployer.Count} employers and {onePerson.Count} people of the region, each asked once:"));
        Line("  one employer (ms)", oneEmployer, "F1");
        Line("  one person (ms)", onePerson, "F1");
        Console.WriteLine(Invariant($"  one employer / region job: {Median(oneEmployer) / 1000 / Median(jobs.Select(j => j.Seconds)):E1}"));
    }

    Console.WriteLine(Invariant($"job / baseline time: median {Median(jobs.Select(j => j.Seconds)) / Median(baselines.Select(b => b.Seconds)):F1}x"));
    await MonthlyRunAsync(hiring.Services, Median(jobs.Select(j => j.Seconds)));
    return (Median(jobs.Select(j => j.Seconds)), Median(jobs.Select(j => j.Memory.PeakHeapBytes / 1048576.0)));

    async Task<double> OneClaimantMsAsync(string employerId, string personId)
    {
        var clock = Stopwatch.StartNew();
        using var call = client.ListOwedSubsidies(new ListOwedSubsidiesRequest
        {
            Region = new RegionCode { Code = "410800" },
            ContractStarted = new DatePeriod { From = from, Until = until },
            EmployerId = employerId,
            PersonId = personId,
        }, counter);
        await foreach (var _ in call.ResponseStream.ReadAllAsync())
        {
        }

        return clock.Elapsed.TotalMilliseconds;
    }

    async Task<Leg> BaselineAsync()
    {
        using var memory = new MemorySampler();
        var clock = Stopwatch.StartNew();
        int readPeople = 0, readEmployers = 0;
        using var call = applicants.StreamRegionFacts(new StreamRegionFactsRequest
        {
            Region = new RegionCode { Code = "410800" },
            ContractStarted = new DatePeriod { From = from, Until = until },
            Purpose = "benchmark.baseline",
        }, TestCallers.Service("hiring-subsidies"));
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            readPeople += page.People.Count;
            readEmployers += page.Employers.Count;
        }

        return new Leg(clock.Elapsed.TotalSeconds, readPeople, readEmployers, 0, 0, 0, 0, memory.Stop(), [], "", "");
    }

    async Task<Leg> JobAsync()
    {
        using var memory = new MemorySampler();
        var clock = Stopwatch.StartNew();
        var first = new List<OwedEmployer>();
        OwedSubsidiesSummary? summary = null;
        var items = 0;
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using var call = client.ListOwedSubsidies(new ListOwedSubsidiesRequest { Region = new RegionCode { Code = "410800" }, ContractStarted = new DatePeriod { From = from, Until = until } }, counter);
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            foreach (var employer in page.Employers)
            {
                items += employer.Items.Count;
                foreach (var item in employer.Items)
                {
                    kinds[item.Kind.ToString()] = kinds.GetValueOrDefault(item.Kind.ToString()) + 1;
                }

                if (first.Count < 40)
                {
                    first.Add(employer);
                }
            }

            summary ??= page.Summary;
        }

        var s = summary ?? new OwedSubsidiesSummary();
        if (s.ItemsOwed != items)
        {
            Console.Error.WriteLine(Invariant($"summary says {s.ItemsOwed} items, the stream had {items}"));
        }

        return new Leg(clock.Elapsed.TotalSeconds, s.PeopleRead, s.EmployersRead, s.Kinds.FirstOrDefault(k => k.Kinds.Contains(SubsidyKind.Absorption))?.Judged ?? 0, items, s.Total?.Fen ?? 0, s.AlreadyClaimed, memory.Stop(), first,
            string.Join(", ", kinds.Select(k => Invariant($"{k.Key} {k.Value:N0}"))),
            string.Join(", ", s.Kinds.Select(k => Invariant($"{string.Join("+", k.Kinds)} {k.Judged:N0} judged") + (k.NotJudged > 0 ? Invariant($" ({k.NotJudged:N0} lacking a fact)") : ""))));
    }
}

// The monthly 免申即享 run (OwedRun) of the whole city, its district and county shares one after another on this one
// copy: each claimant's prepared claims judged as the hall's preview and kept as offers with their messages.
async Task MonthlyRunAsync(IServiceProvider services, double jobSeconds)
{
    using var memory = new MemorySampler();
    var shares = new List<(string County, double Seconds, OwedRunRecord Share)>();
    var total = Stopwatch.StartNew();
    foreach (var county in Places.PartsOf("410800"))
    {
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var share = await scope.ServiceProvider.GetRequiredService<OwedRun>().RunAsync("410800/2024-03", Region.Parse(county), new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31), null, CancellationToken.None);
        shares.Add((county, clock.Elapsed.TotalSeconds, share));
    }

    var seconds = total.Elapsed.TotalSeconds;
    var figures = memory.Stop();
    var slowest = shares.MaxBy(s => s.Seconds);
    Console.WriteLine(Invariant($"monthly run (免申即享, {shares.Count} shares one after another): {seconds:F1} s ({seconds / jobSeconds:F1}x the region's owed list), {shares.Sum(s => s.Share.Claimants):N0} claimants, {shares.Sum(s => s.Share.Offered):N0} offers ({shares.Sum(s => s.Share.OfferedFen) / 100m:N2} yuan), {shares.Sum(s => s.Share.NotOffered):N0} not offerable; slowest share {slowest.County} {slowest.Seconds:F1} s; peak managed heap {figures.PeakHeapBytes / 1048576.0:N0} MB"));
}

void Report(string name, List<Leg> legs)
{
    Console.WriteLine(name + ":");
    Line("  time (s)", legs.Select(l => l.Seconds), "F2");
    Line("  people per second", legs.Select(l => l.People / l.Seconds), "N0");
    if (legs.Any(l => l.Contracts > 0))
    {
        Line("  contracts judged per second", legs.Select(l => l.Contracts / l.Seconds), "N0");
        Line("  items owed", legs.Select(l => (double)l.Items), "N0");
    }

    Line("  peak managed heap (MB)", legs.Select(l => l.Memory.PeakHeapBytes / 1048576.0), "N0");
    Line("  peak working set (MB)", legs.Select(l => l.Memory.PeakWorkingSetBytes / 1048576.0), "N0");
    Line("  allocated (MB)", legs.Select(l => l.Memory.AllocatedBytes / 1048576.0), "N0");
}

static void Line(string label, IEnumerable<double> values, string format)
{
    var list = values.ToList();
    Console.WriteLine($"{label,-32} median {Median(list).ToString(format, CultureInfo.InvariantCulture),10}   min–max {list.Min().ToString(format, CultureInfo.InvariantCulture)}–{list.Max().ToString(format, CultureInfo.InvariantCulture)}");
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

static string SampleConfiguration()
{
    var directory = AppContext.BaseDirectory;
    while (!File.Exists(Path.Combine(directory, "Employment.sln")))
    {
        directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("Employment.sln not found above " + AppContext.BaseDirectory);
    }

    return Path.Combine(directory, "tests", "Hiring.Tests", "sample-configuration");
}

internal sealed record Leg(double Seconds, int People, int Employers, int Contracts, int Items, long TotalFen, int AlreadyClaimed, MemoryFigures Memory, List<OwedEmployer> FirstEntries, string ByKind, string Judged);
