using System.Diagnostics;
using Employment.Applicants;
using Employment.Applicants.Data;
using Employment.Applicants.Domain.People;
using Employment.Applicants.V1;
using Employment.Benchmarks;
using Employment.Benchmarks.AgencyImport;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

// The agencies' exchange in production's shape (the registry on PostgreSQL, profiles cached in Redis): 社保 contribution
// files streamed in as the exchange sends them (never held whole by either side), first a tenth of the size, then the
// whole; each imported twice: once adding every row (each a fact, its code index and its audit entry, the person's
// version stamped), then the same rows as another batch, which changes nothing (read, checked and compared only: the
// baseline of the same run). Prints rows per second, the registry process's peak managed heap and working set, and how
// time and memory grow with the file. Started by tests/benchmarks/agency-import.sh. Never fails on time; fails when a
// receipt does not add up.
var rows = args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
var people = args.Length > 1 ? int.Parse(args[1]) : 100_000;
const int Employers = 1_000;
const int WarmUpRows = 5_000;

await using var registryDb = await PostgresDatabase.CreateAsync("bench_agency_import");
await using var registry = await ServiceUnderTest.StartAsync<ApplicantsModule>(
    [$"--ConnectionStrings:ApplicantsPostgres={registryDb.ConnectionString}", $"--ConnectionStrings:Redis={TestEnvironment.RedisConfiguration}", "--Logging:LogLevel:Default=Warning"],
    b => b.Logging.AddConsole());
var client = registry.Client<ApplicantsApi.ApplicantsClient>();
var exchange = TestCallers.Service("agency-exchange");
var employers = Enumerable.Range(0, Employers).Select(i => TestCreditCodes.Of("91410802", 72_000_000 + i)).ToArray();

var registering = Stopwatch.StartNew();
await RegisterAsync(registry.Services, people);
Console.WriteLine($"{people:N0} people registered in {registering.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} cores (registry, database and sender share them)");

await ImportAsync("WARM", WarmUpRows, quiet: true);
var small = await ImportAsync("SMALL", rows / 10, quiet: false);
var large = await ImportAsync("LARGE", rows, quiet: false);
Console.WriteLine(CostGrowth.Line(rows / 10, rows, small.Added.Seconds, large.Added.Seconds, small.Added.Memory.PeakWorkingSetBytes, large.Added.Memory.PeakWorkingSetBytes));
return;

async Task<(Leg Added, Leg Unchanged)> ImportAsync(string name, int count, bool quiet)
{
    var first = await SendAsync($"SI-{name}-1", count, expectAdded: true);
    var again = await SendAsync($"SI-{name}-2", count, expectAdded: false);
    if (!quiet)
    {
        Console.WriteLine($"{count,9:N0} rows  added: {first.Report(count)}");
        Console.WriteLine($"{"",9}       unchanged: {again.Report(count)}   ratio added/unchanged time {first.Seconds / again.Seconds:F2}");
    }

    return (first, again);
}

async Task<Leg> SendAsync(string batchId, int count, bool expectAdded)
{
    GC.Collect();
    using var memory = new MemorySampler();
    var clock = Stopwatch.StartNew();
    using var call = client.ImportAgencyBatch(exchange);
    var header = new AgencyBatchHeader { Source = AgencySource.SocialInsurance, BatchId = batchId, Encoding = "UTF-8" };
    foreach (var chunk in ContributionFile.Chunks(header, count, people, employers, FirstYear(batchId)))
    {
        await call.RequestStream.WriteAsync(chunk);
    }

    await call.RequestStream.CompleteAsync();
    var receipt = await call.ResponseAsync;
    var seconds = clock.Elapsed.TotalSeconds;
    var figures = memory.Stop();
    var expected = expectAdded ? ((long)count, 0L) : (0L, (long)count);
    if (receipt.Received != count || (receipt.Added, receipt.Unchanged) != expected || receipt.Rejected != 0)
    {
        throw new InvalidOperationException($"batch {batchId}: received {receipt.Received}, added {receipt.Added}, unchanged {receipt.Unchanged}, rejected {receipt.Rejected}");
    }

    return new Leg(seconds, figures);
}

// Each size's rows are of other years than another size's, so that each adds every row.
static int FirstYear(string batchId) => batchId.Contains("LARGE", StringComparison.Ordinal) ? 2000 : batchId.Contains("SMALL", StringComparison.Ordinal) ? 1995 : 1990;

static async Task RegisterAsync(IServiceProvider services, int count)
{
    var today = new DateOnly(2026, 11, 1);
    for (var from = 0; from < count; from += 5_000)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>();
        for (var i = from; i < Math.Min(count, from + 5_000); i++)
        {
            db.People.Add(PersonRecord.Register(new NewPerson(ResidentIdNumber.Parse(ContributionFile.IdNumber(i), today), ContributionFile.Name(i), "", "410802", HouseholdType.Urban, "410802"), "bench", DateTimeOffset.UtcNow));
        }

        await db.SaveChangesAsync();
    }
}

internal sealed record Leg(double Seconds, MemoryFigures Memory)
{
    public string Report(int rows) =>
        $"{Seconds,7:F1} s  {rows / Seconds,8:N0} rows/s   peak heap {Memory.PeakHeapBytes / 1048576.0,6:N0} MiB   peak working set {Memory.PeakWorkingSetBytes / 1048576.0,6:N0} MiB";
}
