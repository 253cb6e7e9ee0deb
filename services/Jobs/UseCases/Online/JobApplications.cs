using Employment.Jobs.Data;
using Employment.Jobs.Data.Online;
using Employment.Jobs.Data.Seekers;
using Employment.Jobs.Domain.Online;
using Employment.Jobs.Domain.Postings;
using Employment.Persistence;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Online;

/// <summary>
/// A seeker's applications (投递): apply once to an open posting with the resume as it stands, withdraw
/// until hired, follow each, and see every read of their resume by an employer. A person sees and
/// touches only their own: another's application is NOT_FOUND, as one that does not exist.
/// </summary>
public sealed class JobApplications(JobsDbContext db, SeekerStore store, OnlinePeople people, ChinaClock clock)
{
    public const string IdPrefix = "A";

    public async Task<V1.JobApplication> ApplyAsync(V1.ApplyToPostingRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestKeys.RequireId(request.PostingId, "posting_id", "岗位编号");
        try
        {
            return await IdempotentWrite.RunAsync(db, clock.Now, "ApplyToPosting", caller, request.IdempotencyKey, request, V1.JobApplication.Parser,
                () => ApplyOnceAsync(request.PostingId, caller, cancellationToken), cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // The same person applied to the same posting in a racing call: that one stands.
            throw AlreadyApplied();
        }
    }

    private async Task<V1.JobApplication> ApplyOnceAsync(string postingId, Caller caller, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var profile = await people.PersonAsync(caller, cancellationToken);
        var seeker = await store.FindByPersonAsync(caller.Subject, cancellationToken);
        if (seeker?.ResumeJson is null)
        {
            throw DomainRuleException.NotAllowed("您还没有填写简历：请先在“我的简历”中填写并保存，再投递岗位。");
        }

        var open = (int)PostingStatus.Open;
        var posting = await db.JobPostings.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == postingId && p.Status == open && p.ValidUntil >= today, cancellationToken)
            ?? throw DomainRuleException.NotFound("岗位", postingId);
        if (await db.Set<JobApplicationRecord>().AnyAsync(a => a.PostingId == postingId && a.PersonId == caller.Subject, cancellationToken))
        {
            throw AlreadyApplied();
        }

        var sent = ResumeAnswers.Of(seeker, profile.Person?.Name ?? "", RegistryLines.ForEmployer(profile, today));
        var record = new JobApplicationRecord
        {
            Id = RecordIds.New(IdPrefix),
            PostingId = posting.Id,
            PostingTitle = posting.Title,
            EmployerCreditCode = posting.EmployerCreditCode,
            EmployerName = posting.EmployerName,
            PersonId = caller.Subject,
            SeekerKey = seeker.Key,
            Status = (int)JobApplicationStatus.Submitted,
            ResumeJson = ResumeAnswers.Snapshot(sent),
            Phone = profile.Person?.Phone ?? "",
        };
        record.StampCreated(caller.Subject, clock.Now);
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationAnswers.ForSeeker(record);
    }

    public Task<V1.JobApplication> WithdrawAsync(V1.WithdrawJobApplicationRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestKeys.RequireId(request.ApplicationId, "application_id", "投递编号");
        return IdempotentWrite.RunAsync(db, clock.Now, "WithdrawJobApplication", caller, request.IdempotencyKey, request, V1.JobApplication.Parser, async () =>
        {
            var record = await OwnAsync(request.ApplicationId, caller, cancellationToken);
            JobApplicationSteps.RequireWithdrawable((JobApplicationStatus)record.Status);
            record.Status = (int)JobApplicationStatus.Withdrawn;
            record.StampChanged(caller.Subject, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            return ApplicationAnswers.ForSeeker(record);
        }, cancellationToken);
    }

    public async Task<V1.ListMyJobApplicationsResponse> ListMineAsync(V1.ListMyJobApplicationsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        OnlinePeople.RequirePerson(caller);
        var (page, response) = await PersonPages.NewestAsync(db.Set<JobApplicationRecord>(), caller.Subject, request.Page, cancellationToken);
        var answer = new V1.ListMyJobApplicationsResponse { Page = response };
        answer.Applications.Add(page.Select(ApplicationAnswers.ForSeeker));
        return answer;
    }

    public async Task<V1.ListMyResumeReadsResponse> ListReadsAsync(V1.ListMyResumeReadsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        OnlinePeople.RequirePerson(caller);
        var size = Pages.Size(request.Page);
        var offset = Pages.Offset(request.Page);
        var reads = db.Set<ResumeReadRecord>().AsNoTracking().Where(r => r.PersonId == caller.Subject);
        var total = await reads.CountAsync(cancellationToken);
        var rows = await reads.OrderByDescending(r => r.Key).Skip(offset).Take(size).ToListAsync(cancellationToken);
        var answer = new V1.ListMyResumeReadsResponse { Page = Pages.NextByOffset(offset, size, total) };
        answer.Reads.Add(rows.Select(r => new V1.ResumeRead
        {
            EmployerName = r.EmployerName,
            ReadAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(r.ReadAt),
            ApplicationId = r.ApplicationId,
            PostingTitle = r.PostingTitle,
            Whole = r.Whole,
        }));
        return answer;
    }

    private async Task<JobApplicationRecord> OwnAsync(string applicationId, Caller caller, CancellationToken cancellationToken)
    {
        OnlinePeople.RequirePerson(caller);
        return await db.Set<JobApplicationRecord>().SingleOrDefaultAsync(a => a.Id == applicationId && a.PersonId == caller.Subject, cancellationToken)
            ?? throw DomainRuleException.NotFound("投递", applicationId);
    }

    private static DomainRuleException AlreadyApplied() => DomainRuleException.Exists("您已投递过这个岗位，每个岗位只能投递一次；可以在“我的投递”中查看进展。");
}
