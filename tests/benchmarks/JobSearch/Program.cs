// Job searches over generated postings in PostgreSQL (the engine of services/Jobs): per query kind
// and mixed, p50/p99 and searches per second at N concurrent callers, warmed up, several rounds,
// reported as median and min–max. Prints figures; never fails on time.
//
//   dotnet run -c Release --project tests/benchmarks/JobSearch [postings=100000] [callers=16] [rounds=5] [seconds per round=5] [case name contains]
// TEST_POSTGRES must point at a server whose role may CREATEDB (tests/benchmarks/job-search.sh starts one).
using System.Diagnostics;
using System.Globalization;
using Employment.Jobs.Data;
using Employment.Jobs.Search;
using Employment.Persistence;
using Employment.ServiceDefaults.Time;
using Employment.TestInfrastructure;
using JobSearch;
using Microsoft.EntityFrameworkCore;
using Npgsql;

var postings = Arg(0, 100_000);
var callers = Arg(1, 16);
var rounds = Arg(2, 5);
var seconds = Arg(3, 5);

await using var database = await PostgresDatabase.CreateAsync("jobs_bench");
var options = ServiceDatabase.Options<PostgresJobsDbContext>(DatabaseProvider.Postgres, database.ConnectionString + ";Maximum Pool Size=64");
await using (var db = new PostgresJobsDbContext(options))
{
    await db.Database.MigrateAsync();
}

var load = Stopwatch.StartNew();
await using (var connection = new NpgsqlConnection(database.ConnectionString))
{
    await connection.OpenAsync();
    await PostgresBulkIndex.LoadAsync(connection, GeneratedPostings.Create(postings), DateTimeOffset.UtcNow);
    await using var analyze = new NpgsqlCommand("ANALYZE postings", connection);
    await analyze.ExecuteNonQueryAsync();
}

Console.WriteLine(Invariant($"{postings} postings loaded (COPY) and analysed in {load.Elapsed.TotalSeconds:F1} s; {callers} callers, {rounds} rounds of {seconds} s after a warm-up"));

var deepToken = await TokenAtDepthAsync(new PostingQuery { PageSize = 20 }, pages: 50);
var cases = new (string Name, PostingQuery[] Queries)[]
{
    ("2-char query (电工, 会计, 保育, 叉车)", [Q("电工"), Q("会计"), Q("保育"), Q("叉车")]),
    ("2-char query, without facets", [Q("电工") with { WithFacets = false }, Q("会计") with { WithFacets = false }]),
    ("4-char phrase (财务会计, 维修电工)", [Q("财务会计"), Q("维修电工")]),
    ("2-char query + county + pay", [Q("电工") with { Region = "410882", PayAtLeastFen = 500_000 }, Q("会计") with { Region = "410821", Kind = EmploymentKind.FullTime }]),
    ("synonym (财会 → 2-06-03)", [Q("财会")]),
    ("browse, page 1 with total and facets", [new PostingQuery { PageSize = 20 }]),
    ("browse, page 1 without facets", [new PostingQuery { PageSize = 20, WithFacets = false }]),
    ("browse, page 51 (keyset)", [new PostingQuery { PageSize = 20, PageToken = deepToken }]),
};

foreach (var (name, queries) in cases.Where(c => args.Length < 5 || c.Name.Contains(args[4], StringComparison.Ordinal)))
{
    var first = await SearchAsync(queries[0]);
    Console.WriteLine();
    Console.WriteLine(Invariant($"{name}: {(first.Total < 0 ? "uncounted" : first.Total.ToString(CultureInfo.InvariantCulture))} matches for the first query"));
    await RunAsync(queries, TimeSpan.FromSeconds(Math.Max(2, seconds / 2)));
    var results = new List<(double P50, double P99, double Rate)>();
    for (var round = 0; round < rounds; round++)
    {
        results.Add(await RunAsync(queries, TimeSpan.FromSeconds(seconds)));
    }

    Console.WriteLine(Invariant($"  p50 {Summary(results.Select(r => r.P50))} ms   p99 {Summary(results.Select(r => r.P99))} ms   {Summary(results.Select(r => r.Rate), "F0")} searches/s"));
}

return 0;

PostingQuery Q(string text) => new() { Text = text, PageSize = 20 };

async Task<PostingSearchResult> SearchAsync(PostingQuery query)
{
    await using var db = new PostgresJobsDbContext(options);
    return await new PostgresPostingSearch(db, OccupationSynonyms.Shipped, ChinaClock.System).SearchAsync(query);
}

async Task<string> TokenAtDepthAsync(PostingQuery query, int pages)
{
    var token = "";
    for (var i = 0; i < pages; i++)
    {
        token = (await SearchAsync(query with { PageToken = token })).NextPageToken;
    }

    return token;
}

// Every caller searches in a loop (cycling through the queries) until the time is up.
async Task<(double P50, double P99, double Rate)> RunAsync(PostingQuery[] queries, TimeSpan duration)
{
    var latencies = new List<double>[callers];
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
    {
        var mine = latencies[caller] = [];
        var n = caller;
        while (clock.Elapsed < duration)
        {
            var start = Stopwatch.GetTimestamp();
            await SearchAsync(queries[n++ % queries.Length]);
            mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    })));
    var all = latencies.SelectMany(l => l).Order().ToList();
    return (Percentile(all, 0.50), Percentile(all, 0.99), all.Count / clock.Elapsed.TotalSeconds);
}

static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

static string Summary(IEnumerable<double> values, string format = "F2")
{
    var sorted = values.Order().ToList();
    return $"{sorted[sorted.Count / 2].ToString(format, CultureInfo.InvariantCulture)} ({sorted[0].ToString(format, CultureInfo.InvariantCulture)}–{sorted[^1].ToString(format, CultureInfo.InvariantCulture)})";
}

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
