using Employment.Persistence.Lifecycle;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Outbox;
using Employment.Persistence.Payments;
using Employment.Persistence.Reviews;
using Employment.Persistence.Submissions;
using Employment.Policy;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Employment.Training.Domain.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 审核: approve or reject a submitted application, on the version the clerk read (ABORTED when stale), idempotent on
/// the key. An approval the configuration asks a review of (复核, by measure and amount on the day of the decision)
/// waits for it. A clerk the application names, or their own, may not decide it (回避).
/// </summary>
public sealed class DecideApplication(TrainingDbContext db, IRecusal recusal, PolicyCatalog catalog, SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds, ChinaClock clock, RemedySentences remedies, ILogger<DecideApplication> logger)
{
    public const string What = "培训补贴申请";

    public Task<V1.TrainingApplication> DecideAsync(V1.DecideApplicationRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        return IdempotentWrite.RunAsync(db, clock.Now, "DecideApplication", clerk, request.IdempotencyKey, request, V1.TrainingApplication.Parser, async () =>
        {
            var id = request.ApplicationId.Trim();
            var record = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
                ?? throw DomainRuleException.NotFound(What, id);
            clerk.RequireVisible(What, id, bankCode: null, record.Region);
            await recusal.RequireUntiedAsync(clerk, What, ApplicationRecusal.Of(record), cancellationToken);
            if (record.Version != request.ExpectedVersion)
            {
                throw DomainRuleException.Stale(What, record.Version, request.ExpectedVersion);
            }

            var status = ApplicationDecision.Decide((ApplicationStatus)record.Status, request.Approve, request.ReasonZh);
            if (status == ApplicationStatus.Approved)
            {
                var threshold = DecisionReviews.Threshold(catalog, DecisionReviews.KeyOf(kinds.Of((V1.SubsidyKind)record.Kind).Measure), Region.Parse(record.Region), clock.Today, record.AmountFen);
                status = (ApplicationStatus)DecisionReviews.Approve(record, threshold);
            }
            record.Status = (int)status;
            record.DecisionReasonZh = request.ReasonZh.Trim();
            record.DecidedAt = clock.Now;
            record.DecidedBy = clerk.Subject;
            record.StampChanged(clerk.Subject, clock.Now);
            if (status is ApplicationStatus.Approved or ApplicationStatus.Rejected)
            {
                // Final now (no review asked): the applicant is told in this same write.
                db.AddMessage(TrainingMessages.Decided(record, kinds.Of((V1.SubsidyKind)record.Kind).NameZh, status == ApplicationStatus.Approved, clock.Now,
                    remedies.For(Region.Parse(record.Region), clock.Today)), clock.Now);
            }

            TrainingLog.ApplicationDecided(logger, record.Id, status.ToString(), clerk.Subject);
            return ApplicationAnswers.Of(record);
        }, cancellationToken);
    }
}
