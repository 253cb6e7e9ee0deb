using Employment.Jobs.Data;
using Employment.Jobs.Domain.Postings;
using Employment.Jobs.Search;
using Employment.Jobs.UseCases.Matching;
using Microsoft.Extensions.Logging;

namespace Employment.Jobs.UseCases;

/// <summary>
/// What every write of a posting does after the domain has decided: the record, the audit of an
/// override, the search index entry (added while the posting is searchable, removed otherwise) and
/// with it the posting's matching facts (which go with the index entry), all in the caller's
/// transaction so that nothing is half written.
/// </summary>
public sealed class PostingWrites(JobsDbContext db, IPostingSearch search, RecordPostingMatchFacts matchFacts, ILogger<PostingWrites> logger)
{
    public async Task SaveAsync(Posting posting, JobPostingRecord record, bool overrideDecidedNow, string clerk, DateOnly today, CancellationToken cancellationToken)
    {
        record.CopyFrom(posting);
        if (overrideDecidedNow && posting.Override is { } decided)
        {
            db.ScreeningOverrides.Add(PostingJson.AuditOf(posting));
            JobsLog.ScreenOverridden(logger, posting.Id, clerk, string.Join("; ", decided.Findings.Select(f => f.Where)), decided.LegalReason);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (posting.IsSearchable(today))
        {
            await search.IndexAsync(PostingAnswers.Document(posting, clerk), cancellationToken);
            await matchFacts.RecordAsync(posting.Id, RecordPostingMatchFacts.FactsOf(posting.Content), cancellationToken);
        }
        else
        {
            await search.RemoveAsync(posting.Id, cancellationToken);
        }
    }
}
