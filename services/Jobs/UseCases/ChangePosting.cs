using Employment.Jobs.Data;
using Employment.Jobs.Domain.Postings;
using Employment.Jobs.Domain.Screening;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases;

/// <summary>
/// UpdatePosting and WithdrawPosting: a posting of the clerk's region, at the version the clerk read,
/// changed by the domain and written with its index entry in one transaction (a withdrawn posting
/// leaves search at once).
/// </summary>
public sealed class ChangePosting(JobsDbContext db, PostingScreen screen, PostingAgeLaw ageLaw, PostingWrites writes, ChinaClock clock, ILogger<ChangePosting> logger)
{
    public Task<V1.JobPosting> UpdateAsync(V1.UpdatePostingRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var content = PostingInput.From(request.Posting);
        RegionScope.Of(clerk).RequireCovers("posting.work_place.county", content.WorkPlace.CountyCode);
        return IdempotentWrite.RunAsync(db, clock.Now, "UpdatePosting", clerk, request.IdempotencyKey, request, V1.JobPosting.Parser, async () =>
        {
            var today = clock.Today;
            var record = await LoadAsync(request.PostingId, request.ExpectedVersion, clerk, cancellationToken);
            var posting = record.ToPosting();
            var verdict = screen.Decide(content, request.ScreeningOverride?.LegalReason, ageLaw.For(content.WorkPlace.CountyCode, today));
            posting.Revise(content, verdict, clerk.Subject, clock.Now, today);
            var key = posting.DuplicateKey;
            if (key != record.DuplicateKey
                && await db.JobPostings.AsNoTracking().Where(p => p.OpenDuplicateKey == key && p.Id != record.Id).Select(p => p.Id).FirstOrDefaultAsync(cancellationToken) is { } other)
            {
                throw new DomainRuleException(DomainRuleKind.AlreadyExists,
                    $"修改后与已发布的岗位 {other} 是同一单位的同一岗位（{PostingRuleIds.OnePostingPerJob}）：请修改那个岗位，或撤回其中之一。",
                    "posting.title", PostingRuleIds.OnePostingPerJob);
            }

            record.StampChanged(clerk.Subject, clock.Now);
            await writes.SaveAsync(posting, record, verdict.Overridden, clerk.Subject, today, cancellationToken);
            return PostingAnswers.Counter(posting, record, today);
        }, cancellationToken);
    }

    public Task<V1.JobPosting> WithdrawAsync(V1.WithdrawPostingRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        return IdempotentWrite.RunAsync(db, clock.Now, "WithdrawPosting", clerk, request.IdempotencyKey, request, V1.JobPosting.Parser, async () =>
        {
            var today = clock.Today;
            var record = await LoadAsync(request.PostingId, request.ExpectedVersion, clerk, cancellationToken);
            var posting = record.ToPosting();
            posting.Withdraw(request.Reason.Trim());
            record.StampChanged(clerk.Subject, clock.Now);
            await writes.SaveAsync(posting, record, overrideDecidedNow: false, clerk.Subject, today, cancellationToken);
            JobsLog.PostingWithdrawn(logger, posting.Id, clerk.Subject);
            return PostingAnswers.Counter(posting, record, today);
        }, cancellationToken);
    }

    private async Task<JobPostingRecord> LoadAsync(string postingId, long expectedVersion, Caller clerk, CancellationToken cancellationToken)
    {
        var record = await db.JobPostings.SingleOrDefaultAsync(p => p.Id == postingId, cancellationToken)
            ?? throw DomainRuleException.NotFound("岗位", postingId);
        RegionScope.Of(clerk).Visible(record, "岗位", postingId, record.CountyCode);
        if (record.Version != expectedVersion)
        {
            throw DomainRuleException.Stale("岗位", record.Version, expectedVersion);
        }

        return record;
    }
}
