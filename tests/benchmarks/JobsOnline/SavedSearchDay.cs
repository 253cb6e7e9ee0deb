using System.Diagnostics;
using Employment.Common.V1;
using Employment.Jobs.Data;
using Employment.Jobs.Data.Online;
using Employment.Jobs.UseCases.Online;
using Employment.Jobs.V1;
using Employment.Persistence.Outbox;
using Employment.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// A city's saved searches told of one day's postings: <c>postings</c> filed over the day across three districts with
/// titles of twenty everyday trades, <c>searches</c> saved searches (a trade word and a district or the whole city,
/// a fifth with a pay floor) written straight into the service's database, then the next morning's run
/// (<see cref="SavedSearchDigests.SendDueAsync"/>, what the 08:00 trigger runs) timed, and a second run the same
/// morning, which must write nothing. The outbox relay is held back so the run is measured alone.
/// </summary>
internal static class SavedSearchDay
{
    private static readonly string[] Trades =
    [
        "司机", "叉车", "仓库管理", "电工", "焊工", "会计", "出纳", "厨师", "服务员", "保洁",
        "保安", "收银员", "销售", "客服", "普工", "护工", "育婴员", "美容师", "教师", "快递员",
    ];

    private static readonly string[] Places = ["410802", "410803", "410811", "410800"];

    public static async Task RunAsync(ServiceUnderTest jobs, JobMatching.JobMatchingClient matching, SettableClock clock, string creditCode, int postings, int searches)
    {
        var today = DateOnly.FromDateTime(clock.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var filing = Stopwatch.StartNew();
        for (var i = 0; i < postings; i++)
        {
            await matching.CreatePostingAsync(new CreatePostingRequest { IdempotencyKey = Guid.NewGuid().ToString(), Posting = Posting(i, creditCode, today) }, TestCallers.Counter());
        }

        await using (var scope = jobs.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JobsDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var batch = 0; batch < searches; batch += 2000)
            {
                var rows = Enumerable.Range(batch, Math.Min(2000, searches - batch)).Select(i =>
                {
                    var row = new SavedSearchRecord
                    {
                        Id = $"S-bench-{i:D7}", PersonId = $"P-bench-search-{i:D7}", Query = Trades[i % Trades.Length], Region = Places[i / Trades.Length % Places.Length],
                        MonthlyPayAtLeastFen = i % 5 == 0 ? 450_000 : null, SentThrough = today.AddDays(-1),
                    };
                    row.StampCreated(row.PersonId, clock.UtcNow);
                    return row;
                }).ToList();
                db.AddRange(rows);
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        Console.WriteLine();
        Console.WriteLine($"saved searches: {postings:N0} postings filed today, {searches:N0} searches saved ({filing.Elapsed.TotalSeconds:F1} s to set up)");

        // The next morning: today's postings are due.
        clock.UtcNow = clock.UtcNow.AddDays(1);
        var (first, told) = await TimedRunAsync(jobs);
        var (second, again) = await TimedRunAsync(jobs);
        if (again != 0)
        {
            throw new InvalidOperationException($"a second run the same morning wrote {again} messages");
        }

        await using var check = jobs.Services.CreateAsyncScope();
        var outbox = await check.ServiceProvider.GetRequiredService<JobsDbContext>().Set<OutboxRecord>().CountAsync();
        Console.WriteLine($"morning run: {searches:N0} searches in {first / 1000:F1} s ({searches / (first / 1000):F0} searches/s, {first / searches:F2} ms each), {told:N0} messages written (outbox holds {outbox:N0})");
        Console.WriteLine($"second run the same morning: nothing due, {second:F0} ms ({second / first:F3} × the first), 0 messages");
    }

    private static async Task<(double Ms, int Told)> TimedRunAsync(ServiceUnderTest jobs)
    {
        await using var scope = jobs.Services.CreateAsyncScope();
        var digests = scope.ServiceProvider.GetRequiredService<SavedSearchDigests>();
        var clock = Stopwatch.StartNew();
        var told = await digests.SendDueAsync(CancellationToken.None);
        return (clock.Elapsed.TotalMilliseconds, told);
    }

    private static JobPosting Posting(int i, string creditCode, DateOnly today)
    {
        var county = Places[i % 3];
        var pay = 300_000 + (i % 7 * 50_000);
        return new JobPosting
        {
            Employer = new PostingEmployer { CreditCode = creditCode, Name = "焦作市基准招聘物流有限公司", Kind = EntityKind.Enterprise },
            Title = $"{Trades[i % Trades.Length]}（{i}号）",
            OccupationCode = "4-02-06-01",
            Description = $"第 {i} 个基准岗位，白班，包午餐。",
            EmploymentType = EmploymentType.FullTime,
            WorkPlace = new WorkPlace { County = new RegionCode { Code = county }, Address = "基准路1号", Location = new GeoPoint { Latitude = 35.24, Longitude = 113.23 } },
            Pay = new Pay { Min = new Money { Fen = pay }, Max = new Money { Fen = pay + 100_000 }, Period = PayPeriod.Month },
            Openings = 2,
            Requirements = new Requirements(),
            Valid = new DatePeriod { From = Date(today), Until = Date(today.AddDays(60)) },
            Source = new PostingSource { Kind = SourceKind.Counter },
            Contact = "0391-3900000",
        };
    }

    private static CalendarDate Date(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };
}
