using Employment.Jobs.Data;
using Employment.Jobs.Domain.Postings;
using Employment.Jobs.Domain.Screening;
using Employment.Persistence;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases;

/// <summary>
/// CreatePosting: checks and screens the posting (R29), then either files it or, when the same
/// employer's same job is open already, merges it into that one (openings and validity updated,
/// the first posting returned). The record, any override's audit and the index entry are written in
/// one transaction with the answer (a retry with the key gets the first answer).
/// </summary>
public sealed class FilePosting(JobsDbContext db, PostingScreen screen, PostingAgeLaw ageLaw, PostingWrites writes, ChinaClock clock, ILogger<FilePosting> logger)
{
    public const string IdPrefix = "J";

    public async Task<V1.JobPosting> CreateAsync(V1.CreatePostingRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var content = PostingInput.From(request.Posting);
        RegionScope.Of(clerk).RequireCovers("posting.work_place.county", content.WorkPlace.CountyCode);
        return await FileOnceAsync("CreatePosting", request, request.IdempotencyKey, content, request.ScreeningOverride?.LegalReason, clerk, cancellationToken);
    }

    /// <summary>
    /// Files (or merges) a checked posting in <see cref="IdempotentWrite"/> under <paramref name="operation"/> (a retry with the
    /// key gets the first answer); the same job filed meanwhile (a unique violation) is filed again, which now merges.
    /// </summary>
    public async Task<V1.JobPosting> FileOnceAsync(string operation, IMessage request, string idempotencyKey, PostingContent content, string? legalReason, Caller caller, CancellationToken cancellationToken)
    {
        try
        {
            return await WriteAsync();
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return await WriteAsync();
        }

        Task<V1.JobPosting> WriteAsync() =>
            IdempotentWrite.RunAsync(db, clock.Now, operation, caller, idempotencyKey, request, V1.JobPosting.Parser,
                () => FileInTransactionAsync(content, legalReason, caller, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Files (or merges) a checked posting in the transaction the caller runs — a vacancy filed as a
    /// posting writes its link in the same one (<c>PostVacancy</c>). The caller handles a unique
    /// violation as <see cref="CreateAsync"/> does: the same job filed meanwhile, so file again (a merge).
    /// </summary>
    public async Task<V1.JobPosting> FileInTransactionAsync(PostingContent content, string? legalReason, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(clerk);
        var today = clock.Today;
        var now = clock.Now;
        var verdict = screen.Decide(content, legalReason, ageLaw.For(content.WorkPlace.CountyCode, today));
        var key = DuplicateKey.Of(content);
        var record = await db.JobPostings.SingleOrDefaultAsync(p => p.OpenDuplicateKey == key, cancellationToken);
        Posting posting;
        if (record is not null && record.ValidUntil >= today)
        {
            posting = record.ToPosting();
            posting.Merge(content, verdict, clerk.Subject, now, today);
            record.StampChanged(clerk.Subject, now);
        }
        else
        {
            if (record is not null)
            {
                // The same job, but expired: it stays on record, and the new filing is a posting of its own.
                record.OpenDuplicateKey = null;
                await db.SaveChangesAsync(cancellationToken);
            }

            var freeFiling = content.Employer.IsIndividualBusiness;
            posting = Posting.File(RecordIds.New(IdPrefix), content, verdict, freeFiling, clerk.Subject, now, today);
            record = new JobPostingRecord();
            record.StampCreated(clerk.Subject, now);
            db.JobPostings.Add(record);
        }

        await writes.SaveAsync(posting, record, verdict.Overridden, clerk.Subject, today, cancellationToken);
        JobsLog.PostingFiled(logger, posting.Id, clerk.Subject, content.WorkPlace.CountyCode, posting.Filings);
        return PostingAnswers.Counter(posting, record, today);
    }
}
