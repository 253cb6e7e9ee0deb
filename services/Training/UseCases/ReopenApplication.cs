using Employment.Persistence.Lifecycle;
using Employment.Persistence.Payments;
using Employment.ServiceDefaults.Security;
using Employment.Training.Data;
using Employment.Training.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace Employment.Training.UseCases;

/// <summary>
/// 撤销原决定 on appeal (申诉): a refused application is 已受理 again, waiting to be decided, holding its certificate (or
/// year) again (R24) — refused by the database when another application holds it now.
/// </summary>
public sealed class ReopenApplication(TrainingDbContext db) : IAppealReopening
{
    public async Task ReopenAsync(string reference, Caller clerk, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clerk);
        var record = await db.Applications.SingleOrDefaultAsync(a => a.Id == reference, cancellationToken)
            ?? throw DomainRuleException.NotFound(DecideApplication.What, reference);
        if ((ApplicationStatus)record.Status != ApplicationStatus.Rejected)
        {
            throw DomainRuleException.NotAllowed($"申请 {reference} 当前状态为{SubsidyStatusText.Zh((SubsidyStatus)record.Status)}，只有不予批准的申请可以撤销原决定重新审核。");
        }

        record.Status = (int)ApplicationStatus.Submitted;
        (record.DecisionReasonZh, record.DecidedBy, record.DecidedAt) = ("", "", null);
        record.CertificateKey = RefusedKeys.Held(record.Id, record.CertificateKey);
        record.StampChanged(clerk.Subject, at);
    }
}
