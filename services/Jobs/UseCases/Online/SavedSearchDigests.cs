using Employment.Jobs.Data;
using Employment.Jobs.Data.Online;
using Employment.Jobs.Domain.Online;
using Employment.Jobs.Search;
using Employment.Persistence.Outbox;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Employment.Jobs.UseCases.Online;

/// <summary>
/// The daily messages of saved searches: for each running search not yet told of yesterday, the postings the search
/// finds among those published over the days it has not covered, newest named; nothing new, no message. Each search is
/// claimed by moving its last covered day on from the value read, in the same transaction as its message, so a second
/// run the same day (another copy of the service, a retried job) sends nothing twice, and a run that fails half way
/// leaves the rest for the next. "Today" is truly today here: the days covered end yesterday, China time.
/// </summary>
public sealed class SavedSearchDigests(JobsDbContext db, IPostingSearch search, ChinaClock clock, ILogger<SavedSearchDigests> log)
{
    /// <summary>Searches read per round trip.</summary>
    public const int Batch = 200;

    // Postings a message names; the rest are counted.
    private const int Newest = 5;

    /// <summary>Sends what is due today; answers how many messages were written.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var through = today.AddDays(-1);
        int due = 0, told = 0;
        long after = 0;
        while (true)
        {
            var rows = await db.Set<SavedSearchRecord>().AsNoTracking()
                .Where(s => s.Key > after && s.StoppedAt == null && s.SentThrough < through)
                .OrderBy(s => s.Key).Take(Batch).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                due++;
                told += await TellAsync(row, today, cancellationToken) ? 1 : 0;
            }

            if (rows.Count < Batch)
            {
                break;
            }

            after = rows[^1].Key;
        }

        JobsLog.DigestsSent(log, due, through, told);
        return told;
    }

    private async Task<bool> TellAsync(SavedSearchRecord row, DateOnly today, CancellationToken cancellationToken)
    {
        if (DigestWindow.Due(row.SentThrough, today) is not { } window)
        {
            return false;
        }

        var found = await search.SearchAsync(SavedSearchAnswers.Query(row) with { PostedSince = window.From, PostedThrough = window.Through, PageSize = Newest }, cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.Set<SavedSearchRecord>()
                .Where(s => s.Key == row.Key && s.SentThrough == row.SentThrough && s.StoppedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.SentThrough, window.Through), cancellationToken);
            var tell = claimed == 1 && found.Hits.Count > 0;
            if (tell)
            {
                db.AddMessage(JobsMessages.NewPostings(row, SavedSearchAnswers.DescriptionZh(row), window, found.Hits, Math.Max(found.Total, found.Hits.Count), clock.Now), clock.Now);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return tell;
        });
    }
}
