using Employment.Common.V1;
using Employment.Jobs.Data;
using Employment.Jobs.Data.Online;
using Employment.Jobs.Data.Seekers;
using Employment.Jobs.Domain.Online;
using Employment.Jobs.Domain.Postings;
using Employment.Jobs.Domain.Screening;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Outbox;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Online;

/// <summary>
/// An employer agent's postings and the applicants to each: listed newest first, each masked unless the
/// seeker lets employers they apply to (or every employer) see their resume; opened one at a time, each
/// opening recorded for the seeker to see; invited or declined with words the seeker reads. The employer
/// is the one the agent's token names; a posting or an application of another employer is NOT_FOUND, as
/// one that does not exist. Each answer is told to the seeker as a message, written with the answer.
/// </summary>
public sealed class ApplicantInbox(JobsDbContext db, OnlinePeople people, ScreeningPhrases phrases, HireRecording hires, ChinaClock clock)
{
    public async Task<V1.ListMyPostingsResponse> ListPostingsAsync(V1.ListMyPostingsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var employer = await people.EmployerAsync(caller, cancellationToken);
        var size = Pages.Size(request.Page);
        var after = Pages.After(request.Page);
        var query = db.JobPostings.AsNoTracking().Where(p => p.EmployerCreditCode == employer.CreditCode);
        if (after.Length > 0)
        {
            query = query.Where(p => string.Compare(p.Id, after) < 0);
        }

        var rows = await query.OrderByDescending(p => p.Id).Take(size + 1)
            .Select(p => new { p.Id, p.Title, p.CountyCode, p.ValidUntil, p.Status }).ToListAsync(cancellationToken);
        var (page, response) = Pages.Take(rows, size, _ => true, p => p.Id);
        var ids = page.Select(p => p.Id).ToList();
        var withdrawn = (int)JobApplicationStatus.Withdrawn;
        var submitted = (int)JobApplicationStatus.Submitted;
        var counts = await db.Set<JobApplicationRecord>().AsNoTracking()
            .Where(a => ids.Contains(a.PostingId) && a.Status != withdrawn)
            .GroupBy(a => a.PostingId)
            .Select(g => new { PostingId = g.Key, All = g.Count(), Waiting = g.Count(a => a.Status == submitted) })
            .ToDictionaryAsync(c => c.PostingId, cancellationToken);
        var today = clock.Today;
        var open = (int)PostingStatus.Open;
        var answer = new V1.ListMyPostingsResponse { Page = response };
        answer.Postings.Add(page.Select(p => new V1.EmployerPosting
        {
            PostingId = p.Id,
            Title = p.Title,
            County = new RegionCode { Code = p.CountyCode },
            ValidUntil = ProtoMapping.ToProto(p.ValidUntil),
            Open = p.Status == open && p.ValidUntil >= today,
            Applicants = counts.TryGetValue(p.Id, out var c) ? c.All : 0,
            Waiting = counts.TryGetValue(p.Id, out var w) ? w.Waiting : 0,
        }));
        return answer;
    }

    public async Task<V1.ListPostingApplicantsResponse> ListApplicantsAsync(V1.ListPostingApplicantsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestKeys.RequireId(request.PostingId, "posting_id", "岗位编号");
        var employer = await people.EmployerAsync(caller, cancellationToken);
        if (!await db.JobPostings.AnyAsync(p => p.Id == request.PostingId && p.EmployerCreditCode == employer.CreditCode, cancellationToken))
        {
            throw DomainRuleException.NotFound("岗位", request.PostingId);
        }

        var size = Pages.Size(request.Page);
        var after = Pages.After(request.Page);
        var withdrawn = (int)JobApplicationStatus.Withdrawn;
        var query = db.Set<JobApplicationRecord>().AsNoTracking().Where(a => a.PostingId == request.PostingId && a.Status != withdrawn);
        if (after.Length > 0)
        {
            query = query.Where(a => string.Compare(a.Id, after) < 0);
        }

        var rows = await query.OrderByDescending(a => a.Id).Take(size + 1)
            .Join(db.Set<SeekerRecord>().AsNoTracking(), a => a.SeekerKey, s => s.Key, (a, s) => new { Application = a, s.ResumeVisibility })
            .ToListAsync(cancellationToken);
        var (page, response) = Pages.Take(rows.OrderByDescending(r => r.Application.Id, StringComparer.Ordinal).ToList(), size, _ => true, r => r.Application.Id);
        var answer = new V1.ListPostingApplicantsResponse { Page = response };

        answer.Applicants.Add(page.Select(r =>
            ApplicationAnswers.Listed(r.Application, ResumeAccess.EmployerSeesWhole((ResumeVisibility)r.ResumeVisibility, appliedToThem: true))));
        return answer;
    }

    public async Task<V1.Applicant> GetAsync(V1.GetApplicantRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestKeys.RequireId(request.ApplicationId, "application_id", "投递编号");
        var employer = await people.EmployerAsync(caller, cancellationToken);
        var (record, whole) = await OwnAsync(request.ApplicationId, employer, cancellationToken);
        db.Add(new ResumeReadRecord
        {
            PersonId = record.PersonId,
            EmployerId = employer.EmployerId,
            EmployerName = employer.Name,
            ReaderSubject = caller.Subject,
            ApplicationId = record.Id,
            PostingTitle = record.PostingTitle,
            Whole = whole,
            ReadAt = clock.Now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationAnswers.ForEmployer(record, whole);
    }

    public Task<V1.Applicant> InviteAsync(V1.InviteApplicantRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestKeys.RequireId(request.ApplicationId, "application_id", "投递编号");
        var note = PlainText.Check(request.Note, "note", 300, "面试邀请（时间、地点）");
        return AnswerAsync("InviteApplicant", request, request.IdempotencyKey, request.ApplicationId, JobApplicationStatus.Invited, note, caller, cancellationToken);
    }

    public Task<V1.Applicant> DeclineAsync(V1.DeclineApplicantRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestKeys.RequireId(request.ApplicationId, "application_id", "投递编号");
        var reason = PlainText.Check(request.Reason, "reason", 300, "不合适的原因");
        if (phrases.Find(reason).FirstOrDefault() is { Phrase: not null } found)
        {
            // The seeker reads the reason: a discriminatory one is refused as a posting's text would be (R29).
            throw DomainRuleException.NotAllowed(
                $"不合适的原因含有就业歧视性内容（{phrases.Labels[found.Condition]}：“{found.Phrase}”，{PostingRuleIds.NoDiscrimination}，裁定 R29），请改为与岗位要求有关的原因。",
                PostingRuleIds.NoDiscrimination);
        }

        return AnswerAsync("DeclineApplicant", request, request.IdempotencyKey, request.ApplicationId, JobApplicationStatus.Declined, reason, caller, cancellationToken);
    }

    public Task<V1.Applicant> RecordHireAsync(V1.RecordHireRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestKeys.RequireId(request.ApplicationId, "application_id", "投递编号");
        var start = StatedPersonFacts.Day(request.ContractStart, "contract_start");
        return IdempotentWrite.RunAsync(db, clock.Now, "RecordHire", caller, request.IdempotencyKey, request, V1.Applicant.Parser, async () =>
        {
            var employer = await people.EmployerAsync(caller, cancellationToken);
            var (record, whole) = await OwnAsync(request.ApplicationId, employer, cancellationToken);
            JobApplicationSteps.RequireEmployerStep((JobApplicationStatus)record.Status, JobApplicationStatus.Hired);
            var terms = HireTerms.Checked(start, request.TermMonths, request.OpenEnded, ChinaClock.DateOf(record.CreatedAt), clock.Today);

            // The registry first: a failure there stores nothing here, and a retry adds the same one fact.
            record.RegistryFactId = await hires.RecordAsync(record.PersonId, record.Id, employer, terms, cancellationToken);
            record.HireContractStart = terms.ContractStart;
            record.HireTermMonths = terms.TermMonths;
            record.HireOpenEnded = terms.OpenEnded;
            record.Status = (int)JobApplicationStatus.Hired;
            record.EmployerNote = "";
            record.StampChanged(caller.Subject, clock.Now);
            db.AddMessage(JobsMessages.Answered(record, clock.Now), clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            return ApplicationAnswers.ForEmployer(record, whole);
        }, cancellationToken);
    }

    private Task<V1.Applicant> AnswerAsync(string operation, Google.Protobuf.IMessage request, string key, string applicationId, JobApplicationStatus to, string note, Caller caller, CancellationToken cancellationToken) =>
        IdempotentWrite.RunAsync(db, clock.Now, operation, caller, key, request, V1.Applicant.Parser, async () =>
        {
            var employer = await people.EmployerAsync(caller, cancellationToken);
            var (record, whole) = await OwnAsync(applicationId, employer, cancellationToken);
            JobApplicationSteps.RequireEmployerStep((JobApplicationStatus)record.Status, to);
            record.Status = (int)to;
            record.EmployerNote = note;
            record.StampChanged(caller.Subject, clock.Now);
            db.AddMessage(JobsMessages.Answered(record, clock.Now), clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            return ApplicationAnswers.ForEmployer(record, whole);
        }, cancellationToken);

    // An application to one of the employer's postings, and whether the seeker lets it see the whole resume now.
    private async Task<(JobApplicationRecord Record, bool Whole)> OwnAsync(string applicationId, Employer employer, CancellationToken cancellationToken)
    {
        var withdrawn = (int)JobApplicationStatus.Withdrawn;
        var found = await db.Set<JobApplicationRecord>()
            .Where(a => a.Id == applicationId && a.EmployerCreditCode == employer.CreditCode && a.Status != withdrawn)
            .Join(db.Set<SeekerRecord>(), a => a.SeekerKey, s => s.Key, (a, s) => new { Application = a, s.ResumeVisibility })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainRuleException.NotFound("投递", applicationId);
        return (found.Application, ResumeAccess.EmployerSeesWhole((ResumeVisibility)found.ResumeVisibility, appliedToThem: true));
    }
}
