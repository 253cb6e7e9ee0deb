// The 找工作 page ("time to first byte and full load for the search page at 100,000
// postings, p50 over 100 loads, and the page weight"): 100,000 generated postings in PostgreSQL
// behind the job-matching service, the public site calling it and the gateway in front, Debian's Chromium loading the page through
// Playwright. Each load is a fresh browser context (a first visit: nothing cached). Warm-up first,
// then rounds; per round the p50 of time to first byte (responseStart) and of full load
// (loadEventEnd), reported as the median and min–max of the rounds' p50s, with the home page (no
// service call) measured the same way in the same run as the baseline. Prints figures; never fails on time.
//
//   dotnet run -c Release --project tests/benchmarks/WebSearchPage [postings=100000] [loads=100] [rounds=5] [warm-up loads=10]
// TEST_POSTGRES must point at a server whose role may CREATEDB and TEST_CHROMIUM at Debian's chromium
// (tests/benchmarks/web-search-page.sh starts and sets both).
using System.Diagnostics;
using System.Globalization;
using Employment.Gateway;
using Employment.Jobs;
using Employment.Jobs.Data;
using Employment.Jobs.Search;
using Employment.Persistence;
using Employment.TestInfrastructure;
using Employment.Web.Public;
using JobSearch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Npgsql;

var postings = Arg(0, 100_000);
var loads = Arg(1, 100);
var rounds = Math.Max(1, Arg(2, 5));
var warmUp = Arg(3, 10);
var chromium = Environment.GetEnvironmentVariable("TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

await using var database = await PostgresDatabase.CreateAsync("web_search_bench");
await using (var db = new PostgresJobsDbContext(ServiceDatabase.Options<PostgresJobsDbContext>(DatabaseProvider.Postgres, database.ConnectionString)))
{
    await db.Database.MigrateAsync();
}

var load = Stopwatch.StartNew();
await using (var connection = new NpgsqlConnection(database.ConnectionString))
{
    await connection.OpenAsync();
    await PostgresBulkIndex.LoadAsync(connection, GeneratedPostings.Create(postings), OccupationSynonyms.Shipped, DateTimeOffset.UtcNow);
    await using var analyze = new NpgsqlCommand("ANALYZE postings", connection);
    await analyze.ExecuteNonQueryAsync();
}

Console.WriteLine(Invariant($"{postings} postings loaded (COPY) and analysed in {load.Elapsed.TotalSeconds:F1} s"));

var directory = Path.Combine(Path.GetTempPath(), "web-search-bench-" + Guid.NewGuid().ToString("N"));
await using var jobs = await ServiceUnderTest.StartAsync(new JobsModule(),
    [$"--DataDirectory={directory}", $"--ConnectionStrings:JobsPostgres={database.ConnectionString}"]);
var sitePort = FreePort.Get();
var site = PublicSiteHost.Build([$"--Listen:Port={sitePort}", $"--Services:job-matching={jobs.Address}"], b => b.Logging.ClearProviders());
await site.StartAsync();
var httpPort = FreePort.Get();
var gateway = GatewayHost.Build(
    [
        $"--Gateway:GrpcPort={FreePort.Get()}",
        $"--Gateway:HttpPort={httpPort}",
        "--Gateway:PublicRateLimit:PermitLimit=0",
        $"--ReverseProxy:Clusters:job-matching:Destinations:job-matching-1:Address={jobs.Address}",
        $"--ReverseProxy:Clusters:public-site:Destinations:public-site-1:Address=http://127.0.0.1:{sitePort}",
        .. TestCallers.HostArguments,
    ],
    b => b.Logging.ClearProviders());
await gateway.StartAsync();
var baseUrl = $"http://127.0.0.1:{httpPort}";

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });

var pages = new (string Name, string Path)[]
{
    ("home page (baseline: no service call)", "/"),
    ("找工作 search 电工", "/jobs?q=" + Uri.EscapeDataString("电工")),
    ("找工作 search 会计 + 武陟县 + full-time", "/jobs?q=" + Uri.EscapeDataString("会计") + "&region=410823&kind=full-time"),
    ("找工作 form alone (no query: the page does not search)", "/jobs"),
};

Console.WriteLine(Invariant($"Chromium {browser.Version}, {loads} loads per page in {rounds} rounds after {warmUp} warm-up loads; each load a fresh context (no cache)."));
Console.WriteLine("Measured on a shared 2-core machine: compare the pages within this run, not with other runs.");
double? baselineTtfb = null, baselineLoad = null;
foreach (var (name, pagePath) in pages)
{
    for (var i = 0; i < warmUp; i++)
    {
        await LoadAsync(pagePath);
    }

    var perRound = Math.Max(1, loads / rounds);
    var ttfbP50s = new List<double>();
    var loadP50s = new List<double>();
    var all = new List<Measured>();
    for (var round = 0; round < rounds; round++)
    {
        var measured = new List<Measured>();
        for (var i = 0; i < perRound; i++)
        {
            measured.Add(await LoadAsync(pagePath));
        }

        ttfbP50s.Add(Median(measured.Select(m => m.TtfbMs)));
        loadP50s.Add(Median(measured.Select(m => m.LoadMs)));
        all.AddRange(measured);
    }

    var ttfb = Median(all.Select(m => m.TtfbMs));
    var full = Median(all.Select(m => m.LoadMs));
    baselineTtfb ??= ttfb;
    baselineLoad ??= full;
    var last = all[^1];
    Console.WriteLine();
    Console.WriteLine(Invariant($"{name}  ({pagePath}; HTTP {last.Status}, {last.Results} result(s) on the page)"));
    Console.WriteLine(Invariant($"  time to first byte  p50 {ttfb:F1} ms over {all.Count} loads; rounds' p50 {Summary(ttfbP50s)} ms; {ttfb / baselineTtfb:F2} × baseline"));
    Console.WriteLine(Invariant($"  full load           p50 {full:F1} ms over {all.Count} loads; rounds' p50 {Summary(loadP50s)} ms; {full / baselineLoad:F2} × baseline"));
    Console.WriteLine(Invariant($"  page weight         {last.WeightBytes / 1024.0:F1} KB (every response body, decoded: HTML {last.HtmlBytes / 1024.0:F1} KB + {last.Requests - 1} other request(s)); limit 200 KB"));
}

await gateway.StopAsync();
await gateway.DisposeAsync();
await site.StopAsync();
await site.DisposeAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
if (Directory.Exists(directory))
{
    Directory.Delete(directory, recursive: true);
}
return 0;

// One first visit: a fresh context, the page loaded to its load event, the browser's own timings.
async Task<Measured> LoadAsync(string pagePath)
{
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "zh-CN", JavaScriptEnabled = true });
    var page = await context.NewPageAsync();
    var response = await page.GotoAsync(pagePath, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
    var timing = await page.EvaluateAsync<double[]>("""
        () => {
          const n = performance.getEntriesByType('navigation')[0];
          const r = performance.getEntriesByType('resource');
          return [n.responseStart - n.startTime, n.loadEventEnd - n.startTime, n.decodedBodySize,
                  r.reduce((s, e) => s + e.decodedBodySize, 0), r.length,
                  document.querySelectorAll('main ol.postings > li').length];
        }
        """);
    return new Measured(timing[0], timing[1], (long)(timing[2] + timing[3]), (long)timing[2], (int)timing[4] + 1, (int)timing[5], response?.Status ?? 0);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string Summary(List<double> values) =>
    Invariant($"{Median(values):F1} ({values.Min():F1}–{values.Max():F1})");

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

internal sealed record Measured(double TtfbMs, double LoadMs, long WeightBytes, long HtmlBytes, int Requests, int Results, int Status);
