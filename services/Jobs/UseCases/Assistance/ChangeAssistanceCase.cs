using Employment.Jobs.Data;
using Employment.Jobs.Data.Assistance;
using Employment.Jobs.Domain.Assistance;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Assistance;

/// <summary>
/// ReviseAssistancePlan, RecordAssistanceContact, ReferAssistanceCase and CloseAssistanceCase: a case of
/// the clerk's region at the version the clerk read, changed by the domain and written with the answer.
/// </summary>
public sealed class ChangeAssistanceCase(JobsDbContext db, AssistanceProfiles profiles, ChinaClock clock)
{
    public Task<V1.AssistanceCase> ReviseAsync(V1.ReviseAssistancePlanRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = PlainText.Check(request.Plan, "plan", 2000, "个性化援助方案", required: false);
        var officer = PlainText.Check(request.Officer, "officer", 100, "援助责任人", required: false);
        return ChangeAsync("ReviseAssistancePlan", request, request.IdempotencyKey, request.CaseId, request.ExpectedVersion, clerk, c => c.Revise(plan, officer), cancellationToken);
    }

    public Task<V1.AssistanceCase> ContactAsync(V1.RecordAssistanceContactRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var contact = AssistanceInput.Contact(request.Contact, clerk.Subject);
        return ChangeAsync("RecordAssistanceContact", request, request.IdempotencyKey, request.CaseId, request.ExpectedVersion, clerk, c => c.RecordContact(contact, clock.Today), cancellationToken);
    }

    public Task<V1.AssistanceCase> ReferAsync(V1.ReferAssistanceCaseRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var referral = AssistanceInput.Referral(request.Referral, clerk.Subject);
        return ChangeAsync("ReferAssistanceCase", request, request.IdempotencyKey, request.CaseId, request.ExpectedVersion, clerk, c => c.Refer(referral, clock.Today), cancellationToken);
    }

    public Task<V1.AssistanceCase> CloseAsync(V1.CloseAssistanceCaseRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Outcome))
        {
            throw DomainRuleException.Invalid("outcome", $"援助结果 {(int)request.Outcome} 不存在。");
        }

        var on = AssistanceInput.RequiredDay(request.Date, "date");
        var note = PlainText.Check(request.Note, "note", 500, "结案说明", required: false);
        return ChangeAsync("CloseAssistanceCase", request, request.IdempotencyKey, request.CaseId, request.ExpectedVersion, clerk,
            c => c.Close((AssistanceOutcome)(int)request.Outcome, on, note, clock.Today), cancellationToken);
    }

    private Task<V1.AssistanceCase> ChangeAsync(string operation, IMessage request, string idempotencyKey, string caseId, long expectedVersion, Caller clerk,
        Action<AssistanceCase> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clerk);
        return IdempotentWrite.RunAsync(db, clock.Now, operation, clerk, idempotencyKey, request, V1.AssistanceCase.Parser, async () =>
        {
            var record = await db.Set<AssistanceCaseRecord>().SingleOrDefaultAsync(r => r.Id == caseId, cancellationToken)
                ?? throw DomainRuleException.NotFound("援助案例", caseId);
            RegionScope.Of(clerk).Visible(record, "援助案例", caseId, record.CountyCode);
            if (record.Version != expectedVersion)
            {
                throw DomainRuleException.Stale("援助案例", record.Version, expectedVersion);
            }

            var assistance = record.ToCase();
            change(assistance);
            record.CopyFrom(assistance);
            record.StampChanged(clerk.Subject, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            var profile = await profiles.GetAsync(record.PersonId, cancellationToken);
            return AssistanceAnswers.Counter(assistance, record, profile.Person.Name);
        }, cancellationToken);
    }
}
