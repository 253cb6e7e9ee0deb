// Matching over generated postings in PostgreSQL (services/Jobs matching use cases, as the module
// registers them): match-for-seeker and candidates-for-posting, p50/p99 and matches per second at N
// concurrent callers, warmed up, several rounds, reported as median and min–max. Profiles come from
// memory (the profile cache's in-process hit), so the figures are the database and the scoring.
// Prints figures; never fails on time.
//
//   dotnet run -c Release --project tests/benchmarks/JobMatching [postings=100000] [callers=1] [rounds=5] [seconds per round=4] [seekers=2000]
// TEST_POSTGRES must point at a server whose role may CREATEDB (tests/benchmarks/job-matching.sh starts one).
using System.Diagnostics;
using System.Globalization;
using Employment.Common.V1;
using Employment.Jobs.Data;
using Employment.Jobs.Data.Matching;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.Jobs.UseCases.Matching;
using Employment.Persistence;
using Employment.Policy.Loading;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.TestInfrastructure;
using JobMatching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

var postings = Arg(0, 100_000);
var benchCaller = new Caller(CallerRole.Admin, "bench");
var callers = Arg(1, 1);
var rounds = Arg(2, 5);
var seconds = Seconds(3, 4);
var seekerCount = Arg(4, 2_000);

await using var database = await PostgresDatabase.CreateAsync("jobs_match_bench");
var options = ServiceDatabase.Options<PostgresJobsDbContext>(DatabaseProvider.Postgres, database.ConnectionString + ";Maximum Pool Size=64");
await using (var db = new PostgresJobsDbContext(options))
{
    await db.Database.MigrateAsync();
}

var load = Stopwatch.StartNew();
await using (var connection = new NpgsqlConnection(database.ConnectionString))
{
    await connection.OpenAsync();
    var generated = GeneratedMarket.Postings(postings).ToList();
    await PostgresBulkIndex.LoadAsync(connection, generated.Select(g => g.Posting), OccupationSynonyms.Shipped, DateTimeOffset.UtcNow);
    await Execute(connection, "CREATE TEMP TABLE facts_in (\"PostingId\" text, lat double precision, lon double precision, edu int, caring boolean, skills text, certs text)");
    await using (var writer = await connection.BeginTextImportAsync("COPY facts_in FROM STDIN"))
    {
        foreach (var g in generated)
        {
            await writer.WriteLineAsync(string.Join('\t',
                g.Posting.PostingId, Number(g.Latitude), Number(g.Longitude), Number(g.MinEducation), g.Caring ? "t" : "f",
                g.Skills.Replace("\n", "\\n", StringComparison.Ordinal), g.Certificates));
        }
    }

    await Execute(connection, """
        INSERT INTO posting_match_facts ("PostingKey", "Latitude", "Longitude", "MinEducation", "CaringPost", "Skills", "Certificates")
        SELECT p."Key", f.lat, f.lon, f.edu, f.caring, f.skills, f.certs FROM facts_in f JOIN postings p ON p."PostingId" = f."PostingId"
        """);
    await Execute(connection, "ANALYZE");
}

var loaded = load.Elapsed;
var logged = new DbContextOptionsBuilder<PostgresJobsDbContext>(options)
    .LogTo(line => Console.WriteLine(line.Length > 400 ? line[..400] : line), [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted, Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.QueryCompilationStarting])
    .Options;
if (Environment.GetEnvironmentVariable("BENCH_EXPLAIN") == "1")
{
    // The plans of candidate reads as PostingCandidates writes them (BENCH_LOG_SQL=1 prints EF's own SQL):
    // a 1-occupation seeker of the home city, the same naming one county, a priority seeker's 爱心岗位 part (kind CARING = 6).
    await using var connection = new NpgsqlConnection(database.ConnectionString);
    await connection.OpenAsync();
    string Part(string region, string condition) => $"""
        (SELECT p."Key", p."PostingId", p."Title", p."EmployerName", p."OccupationCode", p."CountyCode", p."Kind", p."PayMinFen", p."PayMaxFen", p."PayPeriod", p."PostedOn",
                f."Latitude", f."Longitude", f."MinEducation", f."CaringPost", f."Skills", f."Certificates"
         FROM postings p LEFT JOIN posting_match_facts f ON p."Key" = f."PostingKey"
         WHERE p."Kind" <> 4 AND {region} AND {condition}
         ORDER BY p."PostedOn" DESC, p."Key" DESC LIMIT 150)
        """;
    var plans = new (string Name, string Sql)[]
    {
        ("1 occupation, home city", Part("p.\"CityCode\" = '410800'", "p.\"OccupationCode\" = '6-11-01-02'") + " UNION ALL " + Part("p.\"CityCode\" = '410800'", "p.\"OccupationGroup\" = '6-11-01'")),
        ("1 occupation, one county", Part("p.\"CountyCode\" = '410821'", "p.\"OccupationCode\" = '6-11-01-02'") + " UNION ALL " + Part("p.\"CountyCode\" = '410821'", "p.\"OccupationGroup\" = '6-11-01'")),
        ("priority, one county: the 爱心岗位 part", Part("p.\"CountyCode\" = '410821'", "p.\"Kind\" = 6")),
    };
    foreach (var (name, sql) in plans)
    {
        Console.WriteLine($"plan: {name}");
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Console.WriteLine(reader.GetString(0));
        }
    }
}

var logSql = false;
var profiles = new MemoryProfiles();
var services = new ServiceCollection();
services.AddLogging();
services.AddJobMatching();
services.AddSingleton(CatalogLoader.Load(Path.Combine(AppContext.BaseDirectory, "policy-catalog"), MatchingPolicyKeys.All));
services.AddSingleton<IProfileReader>(profiles);
services.AddSingleton<IProfileFinder>(profiles);
services.AddSingleton<RegionCheckedRegistry>();
services.AddSingleton(ChinaClock.System);
services.AddSingleton(TimeProvider.System);
// The candidates for a posting are read through the search, as the service registers it (counts not kept: no count is asked).
services.AddPostingSearch(TimeSpan.Zero);
services.AddScoped<JobsDbContext>(_ => new PostgresJobsDbContext(Environment.GetEnvironmentVariable("BENCH_LOG_SQL") == "1" && logSql ? logged : options));
await using var provider = services.BuildServiceProvider();

// Seekers: most ask for 1–3 occupations (one of them their certificate's), every tenth is of a
// zero-employment household (a priority seeker), a few ask for no occupation, a few chose the
// non-personalised mode.
var random = new Random(7);
var seekers = new List<(string Id, string Kind)>();
for (var i = 0; i < seekerCount; i++)
{
    var person = GeneratedMarket.Person(i, random);
    profiles.Add(person);
    var own = person.Facts[0].Certificate.OccupationCode;
    var occupations = i % 50 == 1 ? [] : new[] { own }.Concat(Enumerable.Range(0, random.Next(3)).Select(_ => GeneratedMarket.CodeOf(random.Next(GeneratedMarket.Titles.Length)))).Distinct().ToList();
    var preferences = new StatedPreferences
    {
        Occupations = occupations,
        Counties = i % 3 == 0 ? [] : [person.Person.ResidenceRegion.Code],
        PayFloorFen = 400_000,
        Place = new GeoPoint(35.0 + (random.NextDouble() * 0.5), 112.8 + (random.NextDouble() * 0.9)),
    };
    await using var scope = provider.CreateAsyncScope();
    var saved = await scope.ServiceProvider.GetRequiredService<SaveSeeker>().SaveAsync(new SaveSeekerRequest(person.Person.PersonId, "", preferences, null, benchCaller), CancellationToken.None);
    var kind = i % 50 == 1 ? "none" : i % 10 == 0 ? "priority" : occupations.Count > 1 ? "several" : "one";
    if (kind is "one" or "priority")
    {
        // One occupation (or a priority seeker) with one county named, or none (their home city): measured apart.
        kind += preferences.Counties.Count == 1 ? ", one county" : ", home city";
    }

    if (i % 50 == 3)
    {
        await scope.ServiceProvider.GetRequiredService<SetMatchingMode>().SetAsync(saved.SeekerId, personalised: false, benchCaller, CancellationToken.None);
        kind = "nonpersonalised";
    }

    seekers.Add((saved.SeekerId, kind));
}

Console.WriteLine(Invariant($"{postings} postings with matching facts loaded (COPY) and analysed in {loaded.TotalSeconds:F1} s; {seekerCount} seekers saved through SaveSeeker; {callers} caller(s), {rounds} rounds of {seconds} s after a warm-up"));

var traits = new List<SeekerTraits>();
var found = new List<IReadOnlyList<PostingTraits>>();
foreach (var id in seekers.Where(s => s.Kind.StartsWith("one", StringComparison.Ordinal)).Select(s => s.Id).Take(40))
{
    await using var scope = provider.CreateAsyncScope();
    var reader = scope.ServiceProvider.GetRequiredService<SeekerReader>();
    var seeker = (await reader.ReadAsync(await reader.RecordAsync(id, CancellationToken.None), CancellationToken.None)).Traits;
    traits.Add(seeker);
    found.Add(await scope.ServiceProvider.GetRequiredService<PostingCandidates>().ForSeekerAsync(seeker, MatchWeights.Shipped.CandidateLimit, CancellationToken.None));
}

if (Environment.GetEnvironmentVariable("BENCH_LOG_SQL") == "1")
{
    // The SQL of a few matches with EF's own timing of each command, to see what a match spends in the database.
    logSql = true;
    foreach (var kind in new[] { "one, one county", "one, home city", "none", "priority, one county" })
    {
        for (var i = 0; i < 3; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await MatchAsync(Ids(kind), i);
            Console.WriteLine(Invariant($"== {kind} match {i}: {Stopwatch.GetElapsedTime(start).TotalMilliseconds:F1} ms"));
        }
    }

    logSql = false;
}

// A kind names itself exactly, or every kind it starts ("one": one county and home city alike).
string[] Ids(string kind) => seekers.Where(s => s.Kind == kind || s.Kind.StartsWith(kind + ",", StringComparison.Ordinal)).Select(s => s.Id).Take(40).ToArray();
var postingIds = Enumerable.Range(0, 40).Select(i => $"m-{i * (postings / 40):D7}").ToArray();
var cases = new (string Name, Func<int, Task<int>> Run)[]
{
    ("match for a seeker: 1 occupation", n => MatchAsync(Ids("one"), n)),
    ("match for a seeker: 1 occupation, home city (no county named)", n => MatchAsync(Ids("one, home city"), n)),
    ("match for a seeker: 1 occupation, one county", n => MatchAsync(Ids("one, one county"), n)),
    ("match for a seeker: 2–3 occupations", n => MatchAsync(Ids("several"), n)),
    ("match for a seeker: priority (零就业家庭)", n => MatchAsync(Ids("priority"), n)),
    ("match for a seeker: priority, one county", n => MatchAsync(Ids("priority, one county"), n)),
    ("match for a seeker: no occupation (region, newest)", n => MatchAsync(Ids("none"), n)),
    ("match for a seeker: non-personalised", n => MatchAsync(Ids("nonpersonalised"), n)),
    // The parts of a 1-occupation match, to see where its time goes.
    ("  part: read the seeker (record, tags, profile, categories)", async n =>
    {
        await using var scope = provider.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<SeekerReader>();
        var ids = Ids("one");
        var seeker = await reader.ReadAsync(await reader.RecordAsync(ids[n % ids.Length], CancellationToken.None), CancellationToken.None);
        return seeker.Tags.Count;
    }),
    ("  part: read the candidate postings (one UNION ALL)", async n =>
    {
        await using var scope = provider.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PostingCandidates>().ForSeekerAsync(traits[n % traits.Count], MatchWeights.Shipped.CandidateLimit, CancellationToken.None)).Count;
    }),
    ("  part: score and rank the candidates in memory", n =>
        Task.FromResult(provider.GetRequiredService<MatchRanking>().ForSeeker(traits[n % traits.Count], found[n % traits.Count], 20).Count)),
    ("candidates for a posting", async n =>
    {
        await using var scope = provider.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<FindCandidates>().FindAsync(postingIds[n % postingIds.Length], 20, benchCaller, CancellationToken.None)).Candidates.Count;
    }),
};

// Warm every case up first: measured one by one, the first cases otherwise pay for the JIT's tiering
// of code the later ones share (seen: 10.6 against 3.1 ms of this process's CPU per match).
foreach (var (_, run) in cases)
{
    await RunAsync(run, TimeSpan.FromSeconds(seconds));
}

foreach (var (name, run) in cases)
{
    var shown = 0;
    for (var i = 0; i < 20; i++)
    {
        shown += await run(i);
    }

    Console.WriteLine();
    Console.WriteLine(Invariant($"{name}: {shown / 20.0:F1} results per call"));
    await RunAsync(run, TimeSpan.FromSeconds(seconds / 2.0));
    var results = new List<(double P50, double P99, double Rate, double CpuMs)>();
    for (var round = 0; round < rounds; round++)
    {
        results.Add(await RunAsync(run, TimeSpan.FromSeconds(seconds)));
    }

    Console.WriteLine(Invariant($"  p50 {Summary(results.Select(r => r.P50))} ms   p99 {Summary(results.Select(r => r.P99))} ms   {Summary(results.Select(r => r.Rate), "F0")} calls/s   this process's CPU {Summary(results.Select(r => r.CpuMs))} ms/call"));
}

return 0;

async Task<int> MatchAsync(string[] ids, int n)
{
    await using var scope = provider.CreateAsyncScope();
    return (await scope.ServiceProvider.GetRequiredService<MatchForSeeker>().MatchAsync(ids[n % ids.Length], 20, benchCaller, CancellationToken.None)).Matches.Count;
}

// Every caller calls in a loop (cycling through its inputs) until the time is up.
async Task<(double P50, double P99, double Rate, double CpuMs)> RunAsync(Func<int, Task<int>> run, TimeSpan duration)
{
    var latencies = new List<double>[callers];
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
    {
        var mine = latencies[caller] = [];
        var n = caller;
        while (clock.Elapsed < duration)
        {
            var start = Stopwatch.GetTimestamp();
            await run(n++);
            mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    })));
    var all = latencies.SelectMany(l => l).Order().ToList();
    var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, all.Count);
    return (Percentile(all, 0.50), Percentile(all, 0.99), all.Count / clock.Elapsed.TotalSeconds, cpuMs);
}

static async Task Execute(NpgsqlConnection connection, string sql)
{
    await using var command = new NpgsqlCommand(sql, connection);
    command.CommandTimeout = 600;
    await command.ExecuteNonQueryAsync();
}

static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

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

/// <summary>Profiles served from memory, as the profile cache's in-process hit would.</summary>
internal sealed class MemoryProfiles : IProfileReader, IProfileFinder
{
    private readonly Dictionary<string, PersonProfile> _people = new(StringComparer.Ordinal);

    public void Add(PersonProfile profile) => _people[profile.Person.PersonId] = profile;

    public Task<CachedProfile<PersonProfile>> GetPersonAsync(string personId, string purpose, CancellationToken cancellationToken = default) =>
        Task.FromResult(new CachedProfile<PersonProfile>(_people[personId], ProfileSource.InProcess));

    public Task<CachedProfile<EmployerProfile>> GetEmployerAsync(string employerId, string purpose, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    // The region-checked registry the matching reads through: the generated people are found by id, never by number.
    public Task<CachedProfile<PersonProfile>?> FindPersonAsync(string idNumber, string purpose, CancellationToken cancellationToken = default) =>
        Task.FromResult<CachedProfile<PersonProfile>?>(null);

    public Task<CachedProfile<EmployerProfile>?> FindEmployerAsync(string creditCode, string purpose, CancellationToken cancellationToken = default) =>
        Task.FromResult<CachedProfile<EmployerProfile>?>(null);
}
