using Employment.Jobs.Data;
using Employment.Jobs.Domain.Postings;
using Employment.Jobs.Search;
using Employment.Jobs.UseCases.Matching;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Employment.Jobs.UseCases;

/// <summary>
/// The start-up backfill of the index: postings indexed before the <c>SearchFilters</c> migration have
/// no coordinates and no education in <c>postings</c> (the columns came later), so distance and
/// education filters never find them; postings indexed before <c>Seekers</c> have no matching facts.
/// Each searchable posting whose index row has neither coordinates nor education, while its filed
/// content states one of them, is indexed again from <c>job_postings</c> by the same writes a filing
/// makes. Batched along the index's key (one transaction per batch); idempotent — a re-indexed row has
/// the columns, so a second run finds nothing to do. A posting whose content states neither is looked at
/// on each start and left alone (nothing is missing); that read is one indexed scan of such rows.
/// </summary>
public sealed class ReindexStalePostings(JobsDbContext db, IPostingSearch search, RecordPostingMatchFacts matchFacts, ChinaClock clock, ILogger<ReindexStalePostings> logger)
{
    /// <summary>Who the re-indexed rows name as their last writer.</summary>
    public const string Actor = "system:reindex";

    public const int DefaultBatch = 500;

    public async Task<int> RunAsync(int batchSize = DefaultBatch, CancellationToken cancellationToken = default)
    {
        var today = clock.Today;
        var after = 0L;
        var reindexed = 0;
        while (true)
        {
            var batch = await db.Postings.AsNoTracking()
                .Where(p => p.Key > after && p.Latitude == null && p.MinEducation == 0)
                .OrderBy(p => p.Key)
                .Select(p => new { p.Key, p.PostingId })
                .Take(batchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            after = batch[^1].Key;
            var ids = batch.Select(b => b.PostingId).ToList();
            var stale = (await db.JobPostings.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken))
                .Select(r => r.ToPosting())
                .Where(p => p.IsSearchable(today) && StatesAFilterFact(p.Content))
                .ToList();
            if (stale.Count == 0)
            {
                continue;
            }

            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                foreach (var posting in stale)
                {
                    await search.IndexAsync(PostingAnswers.Document(posting, Actor), cancellationToken);
                    await matchFacts.RecordAsync(posting.Id, RecordPostingMatchFacts.FactsOf(posting.Content), cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            });
            db.ChangeTracker.Clear();
            reindexed += stale.Count;
        }

        if (reindexed > 0)
        {
            JobsLog.StalePostingsReindexed(logger, reindexed);
        }

        return reindexed;
    }

    // Coordinates (0,0 is "none", as everywhere in the service) or a least education.
    private static bool StatesAFilterFact(PostingContent content) =>
        content.WorkPlace.Location is not { Latitude: 0, Longitude: 0 } || content.Requirements.MinEducation > 0;
}
