using System.Diagnostics;
using System.Globalization;
using BureauFigures;
using Employment.Benchmarks;
using Employment.Common.V1;
using Employment.Figures;
using Employment.Figures.V1;
using Employment.ServiceDefaults.Audit;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Health;
using Employment.TestInfrastructure;
using Grpc.Health.V1;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using static System.FormattableString;

// The bureau's figures at a city's size: a generated Jiaozuo of a million people and their records (one item each,
// a loan two), served as the three services' audit exports in this process (generated page by page, so their cost is
// the generator's, not a database's). The figures service runs on PostgreSQL. Measured: the refresh of 2024 (it
// reads 2023 and 2024, stores every item, counts the year) in time, items per second and peak memory, and again
// (replacing what the first stored); then the dashboard's read (GetFigures of the city, of a county) and the first
// page of the records behind a figure, each as the median and min–max of many calls beside Health/Check on the same
// service in the same run. Prints figures; never fails on time.
//
//   tests/benchmarks/figures.sh [people, default 1000000] [calls per read, default 200]
var people = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var calls = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
var city = new GeneratedCity(people);

await using var database = await PostgresDatabase.CreateAsync("bench_figures");
await using var figures = await ServiceUnderTest.StartAsync(new FiguresModule(),
    [$"--ConnectionStrings:FiguresPostgres={database.ConnectionString}", "--Logging:LogLevel:Default=Warning"],
    b =>
    {
        b.Logging.AddConsole();
        b.Services.RemoveAll<IAuditExport>();
        foreach (var service in new[] { PlatformServices.Hiring, PlatformServices.Training, PlatformServices.Loans })
        {
            b.Services.AddSingleton(city.Export(service));
        }
    });
var client = figures.Client<Employment.Figures.V1.BureauFigures.BureauFiguresClient>();
var health = new Health.HealthClient(figures.Channel);
var auditor = TestCallers.Auditor("410800", "auditor-bench");
var clerk = TestCallers.Counter("410800", "clerk-bench");
Console.WriteLine(Invariant($"{Environment.ProcessorCount} cores shared with other work; {people:N0} people generated as they are read; the figures service and its client in this process"));

var refreshes = new List<double>();
FiguresRefresh? refreshed = null;
MemoryFigures? memory = null;
for (var round = 1; round <= 2; round++)
{
    using var sampler = new MemorySampler();
    var timer = Stopwatch.StartNew();
    refreshed = await client.RefreshFiguresAsync(new RefreshFiguresRequest { Region = new RegionCode { Code = "410800" }, Year = 2024 }, auditor, deadline: DateTime.UtcNow.AddHours(2));
    refreshes.Add(timer.Elapsed.TotalSeconds);
    memory = sampler.Stop();
    var items = refreshed.ItemsRead.Sum(s => s.Items);
    Console.WriteLine(Invariant($"refresh {round} ({(round == 1 ? "into an empty database" : "replacing the first")}): {refreshes[^1]:F1} s, {items:N0} items read ({string.Join(", ", refreshed.ItemsRead.Select(s => $"{s.Service} {s.Items:N0}"))}), {items / refreshes[^1]:N0} items/s, peak heap {memory.PeakHeapBytes / 1048576.0:N0} MB, working set {memory.PeakWorkingSetBytes / 1048576.0:N0} MB"));
}

var cityFigures = await client.GetFiguresAsync(new GetFiguresRequest { Region = new RegionCode { Code = "410800" }, Year = 2024 }, clerk);
Console.WriteLine(Invariant($"2024 for the city: {cityFigures.WholeYear.Total.Received:N0} received, {cityFigures.WholeYear.Total.Paid:N0} paid ({cityFigures.WholeYear.Total.PaidAmount.Fen / 100m:N0} yuan), {cityFigures.WholeYear.Total.PeopleReached:N0} people and {cityFigures.WholeYear.Total.EmployersReached:N0} employers reached; {cityFigures.Targets.Count} targets"));

var reads = new (string Name, Func<Task> Call)[]
{
    ("Health/Check (baseline)", async () => await health.CheckAsync(new HealthCheckRequest { Service = LivenessHealth.ServiceName })),
    ("GetFigures, the city's year", async () => await client.GetFiguresAsync(new GetFiguresRequest { Region = new RegionCode { Code = "410800" }, Year = 2024 }, clerk)),
    ("GetFigures, a county's year", async () => await client.GetFiguresAsync(new GetFiguresRequest { Region = new RegionCode { Code = "410821" }, Year = 2024 }, TestCallers.Counter("410821"))),
    ("ListFigureRecords, first page of 2024's paid", async () => await client.ListFigureRecordsAsync(new ListFigureRecordsRequest { Region = new RegionCode { Code = "410800" }, Period = "2024", Figure = FigureKind.Paid, Page = new PageRequest { PageSize = 50 } }, clerk)),
};
var medians = new Dictionary<string, double>();
foreach (var (name, call) in reads)
{
    for (var i = 0; i < 20; i++)
    {
        await call();
    }

    var times = new List<double>();
    for (var i = 0; i < calls; i++)
    {
        var timer = Stopwatch.StartNew();
        await call();
        times.Add(timer.Elapsed.TotalMilliseconds);
    }

    var spread = Spread.Of(times);
    medians[name] = spread.Median;
    Console.WriteLine(Invariant($"{name,-46} p50 {spread.Format("F2")} ms, {spread.Median / medians[reads[0].Name]:F1}x Health/Check"));
}

Console.WriteLine(Invariant($"refresh of 2024 at {people:N0} people: {Spread.Of(refreshes).Format("F1")} s"));
return 0;
