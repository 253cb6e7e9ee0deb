// Job searches over generated postings in PostgreSQL (the engine of services/Jobs): per query kind
// and mixed, p50/p99 and searches per second at N concurrent callers, warmed up, several rounds,
// reported as median and min–max. Prints figures; never fails on time.
//
//   dotnet run -c Release --project tests/benchmarks/JobSearch [postings=100000] [callers=16] [rounds=5] [seconds per round=5] [case names, '|'-separated parts]
// TEST_POSTGRES must point at a server whose role may CREATEDB (tests/benchmarks/job-search.sh starts one).
using System.Diagnostics;
using System.Globalization;
using Employment.Jobs.Data;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.Persistence;
using Employment.ServiceDefaults.Time;
using Employment.TestInfrastructure;
using JobSearch;
using Jobs.Tests.Search.Labelled;
using Microsoft.EntityFrameworkCore;
using Npgsql;

var postings = Arg(0, 100_000);
var callers = Arg(1, 16);
var rounds = Arg(2, 5);
var seconds = Seconds(3, 5);

// BENCH_KEEP=1 leaves the database for EXPLAIN (ANALYZE, BUFFERS) by hand; its name is printed.
// BENCH_REUSE=<name> searches a database a kept run loaded (same postings argument), without loading again.
var keep = Environment.GetEnvironmentVariable("BENCH_KEEP") == "1";
var reuse = Environment.GetEnvironmentVariable("BENCH_REUSE");
var database = reuse is null ? await PostgresDatabase.CreateAsync("jobs_bench") : null;
await using var dropped = keep ? null : database;
var connectionString = database?.ConnectionString
    ?? new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("TEST_POSTGRES")) { Database = reuse }.ConnectionString;
var options = ServiceDatabase.Options<PostgresJobsDbContext>(DatabaseProvider.Postgres, connectionString + ";Maximum Pool Size=64");
if (database is not null)
{
    await using (var db = new PostgresJobsDbContext(options))
    {
        await db.Database.MigrateAsync();
    }

    var load = Stopwatch.StartNew();
    await using (var connection = new NpgsqlConnection(connectionString))
    {
        await connection.OpenAsync();
        await PostgresBulkIndex.LoadAsync(connection, GeneratedPostings.Create(postings), OccupationSynonyms.Shipped, DateTimeOffset.UtcNow);
        // As autovacuum leaves a table after a load: statistics, and the visibility map that lets an
        // index answer alone.
        await using var analyze = new NpgsqlCommand("VACUUM ANALYZE postings", connection);
        analyze.CommandTimeout = 0;
        await analyze.ExecuteNonQueryAsync();
    }

    Console.WriteLine(Invariant($"{postings} postings loaded (COPY), vacuumed and analysed in {load.Elapsed.TotalSeconds:F1} s"));
    await PrintSizesAsync();
}

Console.WriteLine(Invariant($"{postings} postings; {callers} callers, {rounds} rounds of {seconds} s after a warm-up"));
if (keep && database is not null)
{
    Console.WriteLine($"kept: database {database.Name}");
}

// Counts (total, facets) are kept per text and filter set as the service keeps them; the "uncached"
// cases count every time (a cache that keeps nothing), which is what a first search of a new filter set costs.
var counts = new SearchCountCache(TimeProvider.System, SearchCountCache.DefaultLifetime);
var uncounted = new SearchCountCache(TimeProvider.System, TimeSpan.Zero);
var jiaozuo = new GeoPoint(35.215, 113.242);
// North of the county seats, where the generated work places thin out; 16 km from 山阳区's seat, its 10 km box still holds 57,000 of a million.
var edge = new GeoPoint(35.40, 113.30);

var deepToken = await TokenAtDepthAsync(new PostingQuery { PageSize = 20 }, pages: 50);
var cases = new (string Name, PostingQuery[] Queries)[]
{
    ("2-char query (电工, 会计, 保育, 叉车)", [Q("电工"), Q("会计"), Q("保育"), Q("叉车")]),
    ("2-char query, facets counted every time", [Q("电工 "), Q("会计 "), Q("保育 "), Q("叉车 ")]),
    ("2-char query, without facets", [Q("电工") with { WithFacets = false }, Q("会计") with { WithFacets = false }]),
    ("4-char phrase (财务会计, 维修电工)", [Q("财务会计"), Q("维修电工")]),
    ("2-char query + county + pay", [Q("电工") with { Region = "410882", PayAtLeastFen = 500_000 }, Q("会计") with { Region = "410821", Kind = EmploymentKind.FullTime }]),
    ("synonym (财会 → 2-06-03)", [Q("财会")]),
    ("rare title word (司机)", [Q("司机")]),
    ("description-only word (倒班)", [Q("倒班")]),
    ("2-char query, page 11 (keyset)", [Q("电工") with { PageToken = await TokenAtDepthAsync(Q("电工"), pages: 10) }]),
    ("2-char query within 10 km of a point", [Q("会计") with { Near = jiaozuo, WithinKm = 10 }]),
    ("2-char query within 50 km, nearest first", [Q("会计") with { Near = jiaozuo, WithinKm = 50, Order = SearchOrder.Distance }]),
    ("rare title word within 50 km, nearest first (司机)", [Q("司机") with { Near = jiaozuo, WithinKm = 50, Order = SearchOrder.Distance }]),
    ("2-char query within 10 km of a point at the city's edge", [Q("会计") with { Near = edge, WithinKm = 10 }]),
    ("browse within 5 km, education ≤ 高中, occupation 2-06-03", [new PostingQuery { PageSize = 20, Near = jiaozuo, WithinKm = 5, Education = 2, OccupationCode = "2-06-03" }]),
    ("browse, page 1 with total and facets", [new PostingQuery { PageSize = 20 }]),
    ("browse, page 1, facets counted every time", [new PostingQuery { PageSize = 20, Text = " " }]),
    ("browse, page 1 without facets", [new PostingQuery { PageSize = 20, WithFacets = false }]),
    ("browse, page 51 (keyset)", [new PostingQuery { PageSize = 20, PageToken = deepToken }]),
};

// The fifth argument picks cases by name: any of its '|'-separated parts contained in the name ("none": relevance only).
var picked = args.Length < 5 ? null : args[4].Split('|');
foreach (var (name, queries) in cases.Where(c => picked is null || picked.Any(p => c.Name.Contains(p, StringComparison.Ordinal))))
{
    var first = await SearchAsync(queries[0]);
    Console.WriteLine();
    Console.WriteLine(Invariant($"{name}: {(first.Total < 0 ? "uncounted" : first.Total.ToString(CultureInfo.InvariantCulture))} matches for the first query"));
    await RunAsync(queries, TimeSpan.FromSeconds(seconds / 2.0));
    var results = new List<(double P50, double P99, double Rate)>();
    for (var round = 0; round < rounds; round++)
    {
        results.Add(await RunAsync(queries, TimeSpan.FromSeconds(seconds)));
    }

    Console.WriteLine(Invariant($"  p50 {Summary(results.Select(r => r.P50))} ms   p99 {Summary(results.Select(r => r.P99))} ms   {Summary(results.Select(r => r.Rate), "F0")} searches/s"));
}

if (picked is null || picked.Contains("sample"))
{
    await MeasureSampleErrorAsync();
}

using (var self = Process.GetCurrentProcess())
{
    Console.WriteLine();
    Console.WriteLine(Invariant($"memory of this process (the engine and its callers): peak working set {self.PeakWorkingSet64 / 1048576.0:F0} MB, managed heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:F0} MB"));
}

await MeasureRelevanceAsync();
return 0;

// The labelled relevance set (tests/Jobs.Tests/Search/Labelled): its corpus indexed by the engine's own
// writes into a fresh database per engine, every query's top ten scored against the labels.
async Task MeasureRelevanceAsync()
{
    var set = RelevanceSet.Shipped;
    await using var relevanceDb = await PostgresDatabase.CreateAsync("jobs_relevance");
    var postgres = ServiceDatabase.Options<PostgresJobsDbContext>(DatabaseProvider.Postgres, relevanceDb.ConnectionString);
    var sqlitePath = Path.Combine(Path.GetTempPath(), $"jobs-relevance-{Guid.NewGuid():N}.db");
    var sqlite = ServiceDatabase.Options<SqliteJobsDbContext>(DatabaseProvider.Sqlite, $"Data Source={sqlitePath}");
    try
    {
        var engines = new (string Name, Func<(DbContext Db, IPostingSearch Engine)> Open)[]
        {
            ("PostgreSQL", () => { var db = new PostgresJobsDbContext(postgres); return (db, new PostgresPostingSearch(db, OccupationSynonyms.Shipped, ChinaClock.System)); }),
            ("SQLite", () => { var db = new SqliteJobsDbContext(sqlite); return (db, new SqlitePostingSearch(db, OccupationSynonyms.Shipped, ChinaClock.System)); }),
        };
        Console.WriteLine();
        Console.WriteLine(Invariant($"relevance: {set.Queries.Count} labelled queries over {set.Corpus.Count} generated postings of {set.Jobs.Count} jobs (nDCG@10, recall@10)"));
        foreach (var (name, open) in engines)
        {
            var (db, engine) = open();
            await using (db)
            {
                await db.Database.MigrateAsync();
                foreach (var posting in set.Corpus)
                {
                    await engine.IndexAsync(posting);
                }
            }

            var measures = new List<(string Query, double Ndcg, double Recall)>();
            foreach (var query in set.Queries)
            {
                var (searchDb, searchEngine) = open();
                await using (searchDb)
                {
                    var hits = (await searchEngine.SearchAsync(new PostingQuery { Text = query.Query, PageSize = RelevanceSet.Depth, WithFacets = false })).Hits;
                    var (ndcg, recall) = set.Measure(query, hits.Select(h => h.PostingId).ToList());
                    measures.Add((query.Query, ndcg, recall));
                }
            }

            Console.WriteLine(Invariant($"  {name}: mean nDCG@10 {measures.Average(m => m.Ndcg):F3}, mean recall@10 {measures.Average(m => m.Recall):F3}; below nDCG 0.85 or recall 0.9: {string.Join(", ", measures.Where(m => m.Ndcg < 0.85 || m.Recall < 0.9).Select(m => Invariant($"{m.Query} {m.Ndcg:F2}/{m.Recall:F2}")))}"));
        }
    }
    finally
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(sqlitePath);
    }
}

PostingQuery Q(string text) => new() { Text = text, PageSize = 20 };

// A query whose text ends in a space is counted every time: the marker picks the cache that keeps nothing.
// The counts a broad search gets from the sample (one posting in SearchCountCache.SampleRate) against
// exact counts of every match: the total's error, and for every facet value of at least 1,000 postings
// the largest error and how many lie within two standard errors (2 × rate × √(sampled count)).
async Task MeasureSampleErrorAsync()
{
    Console.WriteLine();
    Console.WriteLine(Invariant($"counts from the 1-in-{SearchCountCache.SampleRate} sample against exact counts:"));
    var sampled = new SearchCountCache(TimeProvider.System, TimeSpan.Zero) { ExactUpTo = 0 };
    PostingQuery[] queries =
    [
        new() { PageSize = 20 }, Q("电工"), Q("会计"), Q("倒班"), Q("司机"),
        Q("会计") with { Near = jiaozuo, WithinKm = 10 }, Q("电工") with { Region = "410882", PayAtLeastFen = 500_000 },
    ];
    foreach (var query in queries)
    {
        await using var exactDb = new PostgresJobsDbContext(options);
        var exact = await new PostgresPostingSearch(exactDb, OccupationSynonyms.Shipped, ChinaClock.System).SearchAsync(query);
        await using var sampleDb = new PostgresJobsDbContext(options);
        var watch = Stopwatch.StartNew();
        var estimate = await new PostgresPostingSearch(sampleDb, OccupationSynonyms.Shipped, ChinaClock.System, sampled).SearchAsync(query);
        var took = watch.Elapsed.TotalMilliseconds;
        var pairs = FacetValues(exact.Facets).Where(v => v.Value >= 1000)
            .Select(v => (Exact: v.Value, Estimate: FacetValues(estimate.Facets).GetValueOrDefault(v.Key))).ToList();
        var within = pairs.Count(p => Math.Abs(p.Estimate - p.Exact) <= 2 * SearchCountCache.SampleRate * Math.Sqrt(Math.Max(1, p.Estimate / SearchCountCache.SampleRate)));
        Console.WriteLine(Invariant($"  {(query.Text.Length == 0 ? "browse" : query.Text)}{(query.Near is null ? "" : " within 10 km")}{(query.Region is null ? "" : " + county + pay")}: exact {exact.Total}, sampled {estimate.Total} ({Math.Round(100.0 * (estimate.Total - exact.Total) / Math.Max(1, exact.Total), 1):+0.0;-0.0;0.0} %, the search with them {took:F0} ms alone); facet values ≥ 1,000: {pairs.Count}, largest error {(pairs.Count == 0 ? 0 : pairs.Max(p => 100.0 * Math.Abs(p.Estimate - p.Exact) / p.Exact)):F1} %, within 2 standard errors {within}"));
    }
}

static Dictionary<string, int> FacetValues(SearchFacets facets) =>
    facets.ByCounty.Select(f => ("county " + f.Key, f.Value))
        .Concat(facets.ByKind.Select(f => ("kind " + f.Key, f.Value)))
        .Concat(facets.ByMinEducation.Select(f => ("education " + f.Key, f.Value)))
        .Concat(facets.ByOccupationGroup.Select(f => ("group " + f.Key, f.Value)))
        .Concat(facets.ByMonthlyPayFloor.Select(f => ("pay ≥ " + f.Key, f.Value)))
        .Concat(facets.ByDistanceKm.Select(f => ("within " + f.Key, f.Value)))
        .ToDictionary(f => f.Item1, f => f.Value, StringComparer.Ordinal);

async Task<PostingSearchResult> SearchAsync(PostingQuery query)
{
    await using var db = new PostgresJobsDbContext(options);
    var cache = query.Text.EndsWith(' ') ? uncounted : counts;
    return await new PostgresPostingSearch(db, OccupationSynonyms.Shipped, ChinaClock.System, cache).SearchAsync(query);
}

// Sizes, and the time to build each text index and the spatial one from scratch (REINDEX over the loaded rows).
async Task PrintSizesAsync()
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    foreach (var index in new[] { "IX_postings_SearchTokens", "IX_postings_TitleTokens", "IX_postings_EarthPoint" })
    {
        var built = Stopwatch.StartNew();
        await using var reindex = new NpgsqlCommand($"REINDEX INDEX \"{index}\"", connection);
        reindex.CommandTimeout = 0;
        await reindex.ExecuteNonQueryAsync();
        Console.WriteLine(Invariant($"{index} built (REINDEX) in {built.Elapsed.TotalSeconds:F1} s"));
    }

    await using var command = new NpgsqlCommand(
        """
        SELECT 'heap', pg_relation_size('postings'), 0
        UNION ALL SELECT 'with indexes and TOAST', pg_total_relation_size('postings'), 1
        UNION ALL SELECT indexrelname, pg_relation_size(indexrelid), 2 FROM pg_stat_user_indexes WHERE relname = 'postings'
        ORDER BY 3, 2 DESC
        """, connection);
    await using var reader = await command.ExecuteReaderAsync();
    var sizes = new List<string>();
    while (await reader.ReadAsync())
    {
        sizes.Add(Invariant($"{reader.GetString(0)} {reader.GetInt64(1) / 1048576.0:F0} MB"));
    }

    Console.WriteLine($"postings: {string.Join("; ", sizes)}");
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
// Seconds may be a fraction: a smoke run measures for a fifth of a second, to show the cases run.
double Seconds(int index, double fallback) => args.Length > index ? double.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
