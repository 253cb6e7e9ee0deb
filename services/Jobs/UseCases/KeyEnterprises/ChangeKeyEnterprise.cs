using Employment.Jobs.Data;
using Employment.Jobs.Data.KeyEnterprises;
using Employment.Jobs.Domain.KeyEnterprises;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.KeyEnterprises;

/// <summary>
/// AssignKeyEnterpriseOfficer, RecordVacancyCollection and DelistKeyEnterprise: an enterprise of the clerk's region at the
/// version the clerk read, changed by the domain and written with the answer.
/// </summary>
public sealed class ChangeKeyEnterprise(JobsDbContext db, KeyEnterpriseBasis basis, ChinaClock clock)
{
    public const string CollectionIdPrefix = "C";

    public Task<V1.KeyEnterprise> AssignOfficerAsync(V1.AssignKeyEnterpriseOfficerRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var officer = PlainText.Check(request.Officer, "officer", 100, "就业服务专员", required: false);
        var contact = PlainText.Check(request.OfficerContact, "officer_contact", 100, "专员联系方式", required: false);
        return ChangeAsync("AssignKeyEnterpriseOfficer", request, request.IdempotencyKey, request.EnterpriseId, request.ExpectedVersion, clerk,
            e => e.AssignOfficer(officer, contact), cancellationToken);
    }

    public Task<V1.KeyEnterprise> CollectAsync(V1.RecordVacancyCollectionRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var on = PostingInput.Day(request.CollectedOn, "collected_on");
        if (on == default)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput, $"请提供岗位收集日期（{KeyEnterpriseRuleIds.VacancyCollection}）。", "collected_on", KeyEnterpriseRuleIds.VacancyCollection);
        }

        var vacancies = KeyEnterpriseInput.Vacancies(request.Vacancies);
        var note = PlainText.Check(request.Note, "note", 500, "收集说明", required: false);
        return ChangeAsync("RecordVacancyCollection", request, request.IdempotencyKey, request.EnterpriseId, request.ExpectedVersion, clerk,
            e => e.Collect(RecordIds.New(CollectionIdPrefix), on, vacancies, note, clerk.Subject, clock.Today), cancellationToken);
    }

    /// <summary>DelistKeyEnterprise: off the county's list with a reason and date (jobs.key_enterprise.delisting).</summary>
    public Task<V1.KeyEnterprise> DelistAsync(V1.DelistKeyEnterpriseRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var on = PostingInput.Day(request.DelistedOn, "delisted_on");
        if (on == default)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput, $"请提供移出名单的日期（{KeyEnterpriseRuleIds.Delisting}）。", "delisted_on", KeyEnterpriseRuleIds.Delisting);
        }

        var reason = PlainText.Check(request.Reason, "reason", 500, "移出原因", required: false);
        return ChangeAsync("DelistKeyEnterprise", request, request.IdempotencyKey, request.EnterpriseId, request.ExpectedVersion, clerk,
            e => e.Delist(on, reason, clerk.Subject, clock.Today), cancellationToken);
    }

    private Task<V1.KeyEnterprise> ChangeAsync(string operation, IMessage request, string idempotencyKey, string enterpriseId, long expectedVersion, Caller clerk,
        Action<KeyEnterprise> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clerk);
        return IdempotentWrite.RunAsync(db, clock.Now, operation, clerk, idempotencyKey, request, V1.KeyEnterprise.Parser, async () =>
        {
            var record = await KeyEnterpriseReads.VisibleAsync(db, enterpriseId, clerk, expectedVersion, cancellationToken);
            var enterprise = record.ToEnterprise();
            change(enterprise);
            record.CopyFrom(enterprise);
            record.StampChanged(clerk.Subject, clock.Now);
            await db.SaveChangesAsync(cancellationToken);
            return KeyEnterpriseAnswers.Counter(enterprise, record, basis.For(record.CountyCode, clock.Today));
        }, cancellationToken);
    }
}
