using System.Diagnostics;
using System.Globalization;
using Employment.Benchmarks;
using Employment.Common.V1;
using Employment.Risk;
using Employment.Risk.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using RiskScan;
using static System.FormattableString;
using RiskApi = Employment.Risk.V1.RiskSignals;

// The risk-signals scan (RunScan) over a generated Jiaozuo region: 100,000 people and 10,000 employers with
// claims in hiring-subsidies and training-subsidies, loan applications and loans in startup-loans, the registry's people, clerks and employers, and at least
// 50 planted cases of every kind (their ground truth written to a file). The risk service runs on PostgreSQL
// and reads, over real gRPC, stand-ins for the services it reads (serving the generated region from memory,
// so their own queries are not in the figures). Each round: a fresh risk database, a warm-up scan of 2023,
// then the 2024 scan measured (time, peak memory) beside the baseline (the same exports read by a plain
// client), and the same scan again (every signal found again). Prints recall per kind, false signals per
// 10,000 items, medians with min–max; never fails on time.
//
//   tests/benchmarks/risk-scan.sh [people, default 100000] [employers, default 10000] [rounds, default 3] [planted per kind, default 60] [ground-truth file]
var people = Argument(0, 100_000);
var employers = Argument(1, 10_000);
var rounds = Argument(2, 3);
var perKind = Argument(3, 60);
var truthPath = args.Length > 4 ? args[4] : Path.Combine(Path.GetTempPath(), "risk-scan-ground-truth.tsv");

var generation = Stopwatch.StartNew();
var region = AuditedRegion.Generate(people, employers, perKind);
await WriteGroundTruthAsync(region, truthPath);
Console.WriteLine(Invariant($"region generated in {generation.Elapsed.TotalSeconds:F1} s: {people:N0} people, {employers:N0} employers, {region.Hiring.Count:N0} hiring, {region.Training.Count:N0} training and {region.Loans.Count:N0} loan items ({region.Items:N0}), {region.Planted.Count} planted cases; ground truth in {truthPath}"));
Console.WriteLine(Invariant($"{Environment.ProcessorCount} cores shared with other work; the risk service, its three stand-ins and the client in this one process (memory figures include the generated region, held before the scan starts)"));

await using var hiring = await ServiceUnderTest.StartAsync(new StandInOversight.Module("hiring-subsidies", region.Hiring), ["--Logging:LogLevel:Default=Warning"]);
await using var training = await ServiceUnderTest.StartAsync(new StandInOversight.Module("training-subsidies", region.Training), ["--Logging:LogLevel:Default=Warning"]);
await using var loans = await ServiceUnderTest.StartAsync(new StandInOversight.Module("startup-loans", region.Loans), ["--Logging:LogLevel:Default=Warning"]);
await using var registry = await ServiceUnderTest.StartAsync(new StandInRegistry.Module(region), ["--Logging:LogLevel:Default=Warning"]);
var configuration = SampleConfiguration();
var auditor = TestCallers.Auditor("410800", "auditor-bench");
var service = TestCallers.Service("risk-signals");
var period2024 = new DatePeriod { From = Date(2024, 1, 1), Until = Date(2024, 12, 31) };

var baselines = new List<double>();
var scans = new List<double>();
var rescans = new List<double>();
var peaks = new List<double>();
var before = new List<double>();
Dictionary<string, (int Planted, int Found)>? recall = null;
var falseSignals = 0;
var signalCount = 0;
var itemsRead = 0;
for (var round = 1; round <= rounds; round++)
{
    await using var database = await PostgresDatabase.CreateAsync(Invariant($"bench_risk_{round}"));
    await using var risk = await ServiceUnderTest.StartAsync(new RiskModule(),
        [
            $"--ConnectionStrings:RiskPostgres={database.ConnectionString}",
            $"--Services:applicants={registry.Address}",
            $"--Services:hiring-subsidies={hiring.Address}",
            $"--Services:training-subsidies={training.Address}",
            $"--Services:startup-loans={loans.Address}",
            $"--Policy:ConfigurationPaths:0={configuration}",
            "--Logging:LogLevel:Default=Warning",
        ],
        b => b.Logging.AddConsole());
    var client = risk.Client<RiskApi.RiskSignalsClient>();

    await ScanAsync(client, new DatePeriod { From = Date(2023, 1, 1), Until = Date(2023, 12, 31) });
    var baseline = await BaselineAsync();
    GC.Collect();
    var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
    using var sampler = new MemorySampler();
    var timer = Stopwatch.StartNew();
    var summary = await ScanAsync(client, period2024);
    var seconds = timer.Elapsed.TotalSeconds;
    var memory = sampler.Stop();
    timer.Restart();
    var again = await ScanAsync(client, period2024);
    var rescanSeconds = timer.Elapsed.TotalSeconds;

    baselines.Add(baseline);
    scans.Add(seconds);
    rescans.Add(rescanSeconds);
    peaks.Add(memory.PeakHeapBytes / 1048576.0);
    before.Add(heapBefore / 1048576.0);
    var raised = summary.Found.Sum(k => k.Raised);
    itemsRead = summary.ItemsRead.Sum(c => c.Items);
    Console.WriteLine(Invariant($"round {round}: baseline {baseline:F2} s, scan {seconds:F2} s ({seconds / baseline:F1}x), again {rescanSeconds:F2} s; {summary.ItemsRead.Sum(c => c.Items):N0} items read, {raised} signals raised ({string.Join(", ", summary.Found.Select(k => $"{k.Kind}: {k.Raised}"))}), {again.Found.Sum(k => k.FoundAgain)} found again; heap {heapBefore / 1048576.0:N0} MB before, peak {memory.PeakHeapBytes / 1048576.0:N0} MB; not run: {summary.NotRunZh.Count}"));
    if (recall is null)
    {
        var signals = await SignalsAsync(client);
        signalCount = signals.Count;
        (recall, falseSignals) = Judge(region, signals);
    }
}

Console.WriteLine();
Console.WriteLine("recall per kind (planted cases whose records a signal of that kind links):");
foreach (var (kind, (planted, found)) in recall!.OrderBy(k => k.Key, StringComparer.Ordinal))
{
    Console.WriteLine(Invariant($"  {kind,-38} {found,4} / {planted,-4} {100.0 * found / planted,6:F1} %"));
}

Console.WriteLine(Invariant($"false signals: {falseSignals} of {signalCount} signals, {falseSignals * 10_000.0 / itemsRead:F2} per 10,000 items ({itemsRead:N0} items read for 2024)"));
Console.WriteLine(Invariant($"baseline (the three exports read by a plain client): {Spread.Of(baselines).Format("F2")} s"));
Console.WriteLine(Invariant($"scan (first, raising every signal):            {Spread.Of(scans).Format("F2")} s, {itemsRead / Spread.Of(scans).Median:N0} items/s, scan / baseline {Spread.Of(scans).Median / Spread.Of(baselines).Median:F1}x"));
Console.WriteLine(Invariant($"scan again (every signal found again):         {Spread.Of(rescans).Format("F2")} s"));
Console.WriteLine(Invariant($"managed heap: {Spread.Of(before).Format("N0")} MB held before the scan (the generated region), peak {Spread.Of(peaks).Format("N0")} MB during it; the scan's own ≈ {Spread.Of(peaks).Median - Spread.Of(before).Median:N0} MB"));
return 0;

int Argument(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

async Task<ScanSummary> ScanAsync(RiskApi.RiskSignalsClient client, DatePeriod received) =>
    await client.RunScanAsync(new RunScanRequest { IdempotencyKey = Guid.NewGuid().ToString(), Region = new RegionCode { Code = "410800" }, Received = received }, auditor, deadline: DateTime.UtcNow.AddMinutes(30));

async Task<double> BaselineAsync()
{
    var timer = Stopwatch.StartNew();
    var request = new AuditExportRequest { Region = new RegionCode { Code = "410800" }, Received = period2024 };
    var read = 0;
    using (var call = hiring.Client<SubsidyOversight.SubsidyOversightClient>().ExportForAudit(request, service))
    {
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            read += page.Items.Count;
        }
    }

    using (var call = training.Client<SubsidyOversight.SubsidyOversightClient>().ExportForAudit(request, service))
    {
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            read += page.Items.Count;
        }
    }

    using (var call = loans.Client<SubsidyOversight.SubsidyOversightClient>().ExportForAudit(request, service))
    {
        await foreach (var page in call.ResponseStream.ReadAllAsync())
        {
            read += page.Items.Count;
        }
    }

    GC.KeepAlive(read);
    return timer.Elapsed.TotalSeconds;
}

async Task<List<Signal>> SignalsAsync(RiskApi.RiskSignalsClient client)
{
    var signals = new List<Signal>();
    var token = "";
    do
    {
        var page = await client.ListSignalsAsync(new ListSignalsRequest { Page = new PageRequest { PageSize = 200, PageToken = token } }, auditor);
        signals.AddRange(page.Signals);
        token = page.Page.NextPageToken;
    }
    while (token.Length > 0);
    return signals;
}

static (Dictionary<string, (int Planted, int Found)> Recall, int False) Judge(AuditedRegion region, List<Signal> signals)
{
    static string Key(LinkedRecord r) => $"{r.Service}/{r.Reference}/{r.ItemNo}";
    var byKind = signals.ToLookup(s => OriginalName(s.Kind));
    var recall = new Dictionary<string, (int Planted, int Found)>(StringComparer.Ordinal);
    var matched = new HashSet<string>(StringComparer.Ordinal);
    foreach (var planted in region.Planted)
    {
        var found = byKind[planted.Kind].FirstOrDefault(s => planted.RecordKeys.All(k => s.Records.Any(r => Key(r) == k)));
        if (found is not null)
        {
            matched.Add(found.SignalId);
        }

        var (count, hits) = recall.GetValueOrDefault(planted.Kind);
        recall[planted.Kind] = (count + 1, hits + (found is null ? 0 : 1));
    }

    return (recall, signals.Count(s => !matched.Contains(s.SignalId)));
}

static string OriginalName(SignalKind kind) => RiskSignalsReflection.Descriptor.EnumTypes.First(e => e.Name == nameof(SignalKind)).FindValueByNumber((int)kind).Name;

static async Task WriteGroundTruthAsync(AuditedRegion region, string path)
{
    var lines = new List<string> { "kind\tvariant\tsubject\trecords" };
    lines.AddRange(region.Planted.Select(p => $"{p.Kind}\t{p.Variant}\t{p.Subject}\t{string.Join(",", p.RecordKeys)}"));
    await File.WriteAllLinesAsync(path, lines);
}

static CalendarDate Date(int y, int m, int d) => new() { Year = y, Month = m, Day = d };

static string SampleConfiguration()
{
    var directory = Path.Combine(Path.GetTempPath(), "risk-scan-configuration-" + Guid.NewGuid().ToString("N"));
    Directory.CreateDirectory(directory);
    string Value(string key, int value, string unit) => $"""
          - key: {key}
            value: {value}
            unit: {unit}
            region: "410800"
            from: 2020-01-01
            source: 示例值，仅供基准测试 (sample for the benchmark)
            sample: true

        """;
    File.WriteAllText(Path.Combine(directory, "risk-sample.yaml"), "values:\n"
        + Value("risk.shared_payment_account.min_claimants", AuditedRegion.MinClaimants, "count")
        + Value("risk.back_dated.min_days", AuditedRegion.BackDatedDays, "days")
        + Value("risk.back_dated.min_entries_per_clerk", AuditedRegion.BackDatedEntries, "count")
        + Value("risk.hired_for_subsidy.max_days_after", AuditedRegion.MaxDaysAfter, "days"));
    return directory;
}
